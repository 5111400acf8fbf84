import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WELLNESS_FIELDS, type WellnessField, type WellnessGridAthlete } from './wellness-grid';
import type { RowMessageList } from './row-messages';
import { AthleteNameCell } from './AthleteNameCell';
import { GridCell } from './GridCell';
import { RowMessages } from './RowMessages';

interface WellnessRowProps {
  athlete: WellnessGridAthlete;
  row: number;
  /** The text of each cell: what was typed, or the saved check-in. */
  cellText: (field: WellnessField) => string;
  isReadOnly: boolean;
  messages: RowMessageList<WellnessField>;
  onCellChange: (athlete: WellnessGridAthlete, field: WellnessField, text: string) => void;
  onRefusedEdit: (athleteId: string) => void;
}

/**
 * One athlete's check-in; an athlete who already checked in shows the saved values, read-only.
 * Problems are listed right under the row's cells, so eight narrow columns still fit a laptop.
 */
export function WellnessRow({ athlete, row, cellText, isReadOnly, messages, onCellChange, onRefusedEdit }: WellnessRowProps) {
  const { t } = useTranslation('log');
  const { name } = athlete;
  const hasMessages = messages.messages.length > 0;
  return (
    <>
      <Table.Tr bg={isReadOnly ? 'gray.0' : undefined} style={hasMessages ? { borderBottom: 0 } : undefined}>
        <Table.Td>
          <Group gap={6}>
            <AthleteNameCell name={name} availabilityKind={athlete.availabilityKind} />
            {athlete.checkin ? (
              <Badge size="xs" variant="outline" color="teal">
                {t('alreadyCheckedIn')}
              </Badge>
            ) : null}
          </Group>
        </Table.Td>
        {WELLNESS_FIELDS.map((field) => {
          const messageId = messages.idByField[field];
          return (
            <Table.Td key={field}>
              <GridCell
                label={t(`label_${field}`, { name })}
                value={cellText(field)}
                row={row}
                column={field}
                width={field === 'hrvRmssdMs' ? 76 : 64}
                isReadOnly={isReadOnly}
                isInvalid={messageId !== undefined}
                messageId={messageId}
                onChange={(text) => onCellChange(athlete, field, text)}
                onRefusedEdit={() => onRefusedEdit(athlete.id)}
              />
            </Table.Td>
          );
        })}
      </Table.Tr>
      {hasMessages ? (
        <Table.Tr bg={isReadOnly ? 'gray.0' : undefined}>
          <Table.Td />
          <Table.Td colSpan={WELLNESS_FIELDS.length} pt={0}>
            <RowMessages messages={messages.messages} />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}
