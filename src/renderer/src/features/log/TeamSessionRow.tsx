import { Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GridAthlete, TeamRowDraft, TeamRowField } from './team-grid';
import type { RowMessageList } from './row-messages';
import { AthleteNameCell } from './AthleteNameCell';
import { GridCell } from './GridCell';
import { RowMessages } from './RowMessages';

interface TeamSessionRowProps {
  athlete: GridAthlete;
  row: number;
  draft: TeamRowDraft;
  isPresent: boolean;
  messages: RowMessageList<TeamRowField>;
  durationPlaceholder: string;
  loadText: string;
  onRpeChange: (athleteId: string, text: string) => void;
  onDurationChange: (athleteId: string, text: string) => void;
  onPresenceChange: (athleteId: string, isPresent: boolean) => void;
}

/** One athlete of the team session: present, RPE, own duration, the load it gives, and what is wrong. */
export function TeamSessionRow({
  athlete,
  row,
  draft,
  isPresent,
  messages,
  durationPlaceholder,
  loadText,
  onRpeChange,
  onDurationChange,
  onPresenceChange,
}: TeamSessionRowProps) {
  const { t } = useTranslation('log');
  const { name } = athlete;
  const rpeMessageId = messages.idByField.rpe;
  const durationMessageId = messages.idByField.durationMin;
  return (
    <Table.Tr data-absent={!isPresent || undefined} bg={isPresent ? undefined : 'gray.0'}>
      <Table.Td>
        <AthleteNameCell name={name} availabilityKind={athlete.availabilityKind} isMuted={!isPresent} />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={t('presentLabel', { name })}
          checked={isPresent}
          onChange={(event) => onPresenceChange(athlete.id, event.currentTarget.checked)}
          onKeyDown={(event) => {
            // Enter toggles too, as Space does: the coach's hand is on Enter in this grid.
            if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey)
              return;
            event.preventDefault();
            onPresenceChange(athlete.id, !isPresent);
          }}
        />
      </Table.Td>
      <Table.Td>
        <GridCell
          label={t('rpeLabel', { name })}
          value={draft.rpe}
          row={row}
          column="rpe"
          isInvalid={rpeMessageId !== undefined}
          messageId={rpeMessageId}
          isMuted={!isPresent}
          placeholder={isPresent ? undefined : t('absent')}
          onChange={(text) => onRpeChange(athlete.id, text)}
        />
      </Table.Td>
      <Table.Td>
        <GridCell
          label={t('durationLabel', { name })}
          value={draft.durationMin}
          row={row}
          column="durationMin"
          isInvalid={durationMessageId !== undefined}
          messageId={durationMessageId}
          isMuted={!isPresent}
          placeholder={isPresent ? durationPlaceholder : undefined}
          onChange={(text) => onDurationChange(athlete.id, text)}
        />
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {isPresent ? loadText : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <RowMessages messages={messages.messages} />
      </Table.Td>
    </Table.Tr>
  );
}
