import { useId, type RefObject } from 'react';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { formatNumber } from '../../i18n/format';
import { isIssueShown } from './cell-issues';
import { buildRowMessages } from './row-messages';
import {
  draftOf,
  isRowPresent,
  previewLoadAu,
  type GridAthlete,
  type TeamDrafts,
  type TeamRowField,
  type TeamRowIssues,
} from './team-grid';
import { useGridKeyboard } from './useGridKeyboard';
import type { DescribeIssue } from './useIssueMessage';
import { TeamSessionRow } from './TeamSessionRow';

const ROW_FIELDS: readonly TeamRowField[] = ['rpe', 'durationMin'];

interface TeamSessionGridProps {
  athletes: readonly GridAthlete[];
  drafts: TeamDrafts;
  rowIssues: ReadonlyMap<string, TeamRowIssues>;
  hasTriedSave: boolean;
  headerDurationText: string;
  language: Language;
  describeIssue: DescribeIssue;
  containerRef: RefObject<HTMLDivElement | null>;
  saveButtonRef: RefObject<HTMLButtonElement | null>;
  onRpeChange: (athleteId: string, text: string) => void;
  onDurationChange: (athleteId: string, text: string) => void;
  onPresenceChange: (athleteId: string, isPresent: boolean) => void;
}

/** The squad's athletes, one row each; Enter moves down a column, Tab moves right. */
export function TeamSessionGrid({
  athletes,
  drafts,
  rowIssues,
  hasTriedSave,
  headerDurationText,
  language,
  describeIssue,
  containerRef,
  saveButtonRef,
  ...handlers
}: TeamSessionGridProps) {
  const { t } = useTranslation('log');
  const gridId = useId();
  const handleKeyDown = useGridKeyboard({ containerRef, saveButtonRef, rowCount: athletes.length });
  const durationPlaceholder = headerDurationText.trim() === '' ? '' : headerDurationText.trim();
  return (
    <Table.ScrollContainer minWidth={760}>
      <div ref={containerRef} onKeyDown={handleKeyDown}>
        <Table
          aria-label={t('teamTitle')}
          verticalSpacing={4}
          highlightOnHover={false}
          styles={{ th: { whiteSpace: 'nowrap', verticalAlign: 'bottom' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common:athlete')}</Table.Th>
              <Table.Th w={90}>{t('colPresent')}</Table.Th>
              <Table.Th w={120}>{t('common:rpe')}</Table.Th>
              <Table.Th w={140}>
                {t('common:durationMin')}
                {durationPlaceholder ? (
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('durationDefault', { minutes: durationPlaceholder })}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Th w={100} ta="right">
                {t('colLoad')}
              </Table.Th>
              <Table.Th miw={220}>
                <VisuallyHidden>{t('colMessages')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {athletes.map((athlete, row) => {
              const draft = draftOf(drafts, athlete.id);
              const isPresent = isRowPresent(athlete, drafts);
              const issues = isPresent ? rowIssues.get(athlete.id) : undefined;
              const messages = buildRowMessages(`${gridId}-${row}`, ROW_FIELDS, (field) => {
                const issue = issues?.[field];
                return isIssueShown(issue, hasTriedSave)
                  ? describeIssue(field, issue, { withFieldName: true })
                  : undefined;
              });
              const load = previewLoadAu(draft, headerDurationText);
              return (
                <TeamSessionRow
                  key={athlete.id}
                  athlete={athlete}
                  row={row}
                  draft={draft}
                  isPresent={isPresent}
                  messages={messages}
                  durationPlaceholder={durationPlaceholder}
                  loadText={load === undefined ? '' : formatNumber(load, language, 0)}
                  {...handlers}
                />
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </Table.ScrollContainer>
  );
}
