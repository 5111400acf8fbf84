import { useCallback, useId, type RefObject } from 'react';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import type { EnterDirection } from './grid-navigation';
import { formatNumber } from '../../i18n/format';
import { ALREADY_CHECKED_IN, cellText, isRowReadOnly, WELLNESS_FIELDS } from './wellness-grid';
import type { WellnessDrafts, WellnessField, WellnessGridAthlete, WellnessRowIssues } from './wellness-grid';
import { isIssueShown } from './cell-issues';
import { buildRowMessages } from './row-messages';
import { useGridKeyboard } from './useGridKeyboard';
import type { DescribeIssue } from './useIssueMessage';
import { WellnessGridHead } from './WellnessGridHead';
import { WellnessRow } from './WellnessRow';

interface WellnessGridProps {
  athletes: readonly WellnessGridAthlete[];
  drafts: WellnessDrafts;
  rowIssues: ReadonlyMap<string, WellnessRowIssues>;
  /** Athletes whose saved check-in the coach just tried to type over. */
  refusedIds: ReadonlySet<string>;
  hasTriedSave: boolean;
  language: Language;
  describeIssue: DescribeIssue;
  containerRef: RefObject<HTMLDivElement | null>;
  saveButtonRef: RefObject<HTMLButtonElement | null>;
  /** Enter moves down a column, or along the row (row-wise entry). */
  enterDirection: EnterDirection;
  onCellChange: (athlete: WellnessGridAthlete, field: WellnessField, text: string) => void;
  onRefusedEdit: (athleteId: string) => void;
}

/**
 * The squad's check-in grid: Enter moves down a column, or in row-wise entry along the row, past
 * athletes who already checked in.
 */
export function WellnessGrid(props: WellnessGridProps) {
  const { athletes, drafts, rowIssues, refusedIds, hasTriedSave, language, describeIssue, containerRef } =
    props;
  const { t } = useTranslation('log');
  const gridId = useId();
  const canEnterRow = useCallback((row: number) => !isRowReadOnly(athletes[row], drafts), [athletes, drafts]);
  const handleKeyDown = useGridKeyboard({
    containerRef,
    saveButtonRef: props.saveButtonRef,
    rowCount: athletes.length,
    canEnterRow,
    columns: WELLNESS_FIELDS,
    enterDirection: props.enterDirection,
  });
  const formatValue = (value: number) => formatNumber(value, language);
  return (
    <Table.ScrollContainer minWidth={900}>
      <div ref={containerRef} onKeyDown={handleKeyDown}>
        <Table
          aria-label={t('wellnessTitle')}
          verticalSpacing={4}
          highlightOnHover={false}
          styles={{ th: { verticalAlign: 'bottom' } }}
        >
          <WellnessGridHead />
          <Table.Tbody>
            {athletes.map((athlete, row) => {
              const draft = drafts[athlete.id];
              const isReadOnly = isRowReadOnly(athlete, drafts);
              const issues = rowIssues.get(athlete.id);
              const isRefused = isReadOnly && refusedIds.has(athlete.id);
              const messages = buildRowMessages(`${gridId}-${row}`, WELLNESS_FIELDS, (field) => {
                const issue = isRefused ? ALREADY_CHECKED_IN : issues?.[field];
                return isIssueShown(issue, hasTriedSave)
                  ? describeIssue(field, issue, { withFieldName: true })
                  : undefined;
              });
              return (
                <WellnessRow
                  key={athlete.id}
                  athlete={athlete}
                  row={row}
                  cellText={(field) => cellText(athlete, draft, field, formatValue)}
                  isReadOnly={isReadOnly}
                  messages={messages}
                  onCellChange={props.onCellChange}
                  onRefusedEdit={props.onRefusedEdit}
                />
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </Table.ScrollContainer>
  );
}
