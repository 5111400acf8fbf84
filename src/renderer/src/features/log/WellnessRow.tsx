import { Badge, Table } from '@mantine/core';
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

/** One athlete's check-in; an athlete who already checked in shows the saved values, read-only. */
export function WellnessRow({ athlete, row, cellText, isReadOnly, messages, onCellChange, onRefusedEdit }: WellnessRowProps) {
  const { t } = useTranslation('log');
  const { name } = athlete;
  return (
    <Table.Tr bg={isReadOnly ? 'gray.0' : undefined}>
      <Table.Td>
        <AthleteNameCell
          name={name}
          availabilityKind={athlete.availabilityKind}
          extra={
            athlete.checkin ? (
              <Badge size="xs" variant="outline" color="teal">
                {t('alreadyCheckedIn')}
              </Badge>
            ) : null
          }
        />
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
              width={64}
              isReadOnly={isReadOnly}
              isInvalid={messageId !== undefined}
              messageId={messageId}
              onChange={(text) => onCellChange(athlete, field, text)}
              onRefusedEdit={() => onRefusedEdit(athlete.id)}
            />
          </Table.Td>
        );
      })}
      <Table.Td>
        <RowMessages messages={messages.messages} />
      </Table.Td>
    </Table.Tr>
  );
}
