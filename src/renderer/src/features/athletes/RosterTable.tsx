import { Badge, Checkbox, ColorSwatch, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AvailabilityEvent } from '@shared/model';
import { ageInYears } from '@shared/time/local-date';
import type { RosterGroup } from './roster';
import { AvailabilityBadge } from './AvailabilityBadge';
import { formatNumber } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { useAsOfDate } from '../../app/useAsOfDate';

interface RosterTableProps {
  group: RosterGroup;
  availability: Map<string, AvailabilityEvent>;
  today: string;
  /** Ids of the athletes selected for a bulk action (across every squad's table). */
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], isSelected: boolean) => void;
}

/** One squad of the roster; a row opens the athlete, its box selects it for a bulk action. */
export function RosterTable({ group, availability, today, selected, onSelect }: RosterTableProps) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const navigate = useNavigate();
  const { search } = useAsOfDate();
  const title = group.squad?.name ?? t('noSquad');
  const ids = group.athletes.map((athlete) => athlete.id);
  const selectedHere = ids.filter((id) => selected.has(id)).length;
  return (
    <Paper withBorder p="md" mb="lg">
      <Group gap="xs" mb="xs">
        {group.squad ? <ColorSwatch color={group.squad.colour} size={14} /> : null}
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          ({group.athletes.length})
        </Text>
      </Group>
      {/* Fixed layout: every squad's table lines up with the others. */}
      <Table aria-label={title} striped layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('selectAll', { squad: title })}
                checked={selectedHere > 0 && selectedHere === ids.length}
                indeterminate={selectedHere > 0 && selectedHere < ids.length}
                onChange={(event) => onSelect(ids, event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th w="30%">{t('colName')}</Table.Th>
            <Table.Th w="22%">{t('colPosition')}</Table.Th>
            <Table.Th w="10%">{t('colAge')}</Table.Th>
            <Table.Th w="15%">{t('colTrainingAge')}</Table.Th>
            <Table.Th>{t('colStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.athletes.map((athlete) => (
            <Table.Tr
              key={athlete.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate(`/athletes/${athlete.id}${search}`)}
              bg={selected.has(athlete.id) ? 'var(--mantine-color-teal-light)' : undefined}
            >
              <Table.Td onClick={(event) => event.stopPropagation()}>
                <Checkbox
                  aria-label={t('selectAthlete', { name: athlete.name })}
                  checked={selected.has(athlete.id)}
                  onChange={(event) => onSelect([athlete.id], event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Text
                    component="a"
                    href={`#/athletes/${athlete.id}${search}`}
                    fw={500}
                    c="inherit"
                    td="none"
                    onClick={(event) => event.stopPropagation()}
                  >
                    {athlete.name}
                  </Text>
                  {athlete.isArchived ? (
                    <Badge size="xs" color="gray" variant="outline">
                      {t('archived')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{athlete.position || t('common:none')}</Table.Td>
              <Table.Td>
                {athlete.birthDate ? ageInYears(athlete.birthDate, today) : t('common:none')}
              </Table.Td>
              <Table.Td>
                {t('years', { value: formatNumber(athlete.trainingAgeYears, language, 2) })}
              </Table.Td>
              <Table.Td>
                <AvailabilityBadge kind={availability.get(athlete.id)?.kind} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
