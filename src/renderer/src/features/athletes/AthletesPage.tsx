import { useState } from 'react';
import { Button, Group, Select, Switch, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { appDb } from '../../db/app-db';
import { availabilityOn, listAthletes, listSquads } from '../../db';
import { PageHeader } from '../../components/PageHeader';
import { todayLocalDate } from '../../i18n/format';
import { groupRosterBySquad } from './roster';
import { AthleteFormModal } from './AthleteFormModal';
import { RosterTable } from './RosterTable';
import { EmptyRoster } from './EmptyRoster';
import { SquadsModal } from './SquadsModal';
import { BulkActionsBar } from './BulkActionsBar';
import { useAsOfDate } from '../../app/useAsOfDate';

/** The roster by squad, with search, squad filter and archived athletes on request. */
export function AthletesPage() {
  const { t } = useTranslation('athletes');
  const [query, setQuery] = useState('');
  const [squadId, setSquadId] = useState<string | null>(null);
  const [isShowingArchived, setIsShowingArchived] = useState(false);
  const [isAdding, setIsAdding] = useState(false);
  const [isEditingSquads, setIsEditingSquads] = useState(false);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(() => new Set());
  const { asOf } = useAsOfDate();
  const today = todayLocalDate();
  const data = useLiveQuery(async () => {
    const [everyone, squads, availability] = await Promise.all([
      listAthletes(appDb, { includeArchived: true }),
      listSquads(appDb),
      availabilityOn(appDb, today),
    ]);
    return { everyone, squads, availability };
  }, [today]);

  if (!data) return <Text c="dimmed">{t('common:loading')}</Text>;
  const athletes = isShowingArchived ? data.everyone : data.everyone.filter((athlete) => !athlete.isArchived);
  const groups = groupRosterBySquad(athletes, data.squads, { query, squadId });
  // Only athletes on screen stay selected: a bulk action never reaches a hidden one.
  const selected = athletes.filter((athlete) => selectedIds.has(athlete.id));
  const visibleSelectedIds = new Set(selected.map((athlete) => athlete.id));

  function handleSelect(ids: readonly string[], isSelected: boolean) {
    setSelectedIds((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (isSelected) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Button variant="default" onClick={() => setIsEditingSquads(true)}>
              {t('squadsButton')}
            </Button>
            <Button onClick={() => setIsAdding(true)}>{t('addAthlete')}</Button>
          </>
        }
      />
      {data.everyone.length === 0 ? (
        <EmptyRoster />
      ) : (
        <>
          <Group mb="md" align="flex-end">
            <TextInput
              aria-label={t('common:search')}
              placeholder={t('searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              w={320}
            />
            <Select
              aria-label={t('common:squad')}
              placeholder={t('common:allSquads')}
              clearable
              value={squadId}
              onChange={setSquadId}
              data={data.squads.map((squad) => ({ value: squad.id, label: squad.name }))}
              w={220}
            />
            <Switch
              label={t('showArchived')}
              checked={isShowingArchived}
              onChange={(event) => setIsShowingArchived(event.currentTarget.checked)}
              mb={8}
            />
            <Text c="dimmed" size="sm" ml="auto" mb={8}>
              {t('countAthletes', { count: athletes.length })}
            </Text>
          </Group>
          {selected.length > 0 ? (
            <BulkActionsBar
              selected={selected}
              squads={data.squads}
              defaultDate={asOf}
              onDone={() => setSelectedIds(new Set())}
            />
          ) : null}
          {groups.length === 0 ? <Text c="dimmed">{t('noMatches', { query })}</Text> : null}
          {groups.map((group) => (
            <RosterTable
              key={group.squad?.id ?? 'none'}
              group={group}
              availability={data.availability}
              today={today}
              selected={visibleSelectedIds}
              onSelect={handleSelect}
            />
          ))}
        </>
      )}
      {isAdding ? (
        <AthleteFormModal isOpen athlete={null} squads={data.squads} onClose={() => setIsAdding(false)} />
      ) : null}
      {isEditingSquads ? (
        <SquadsModal squads={data.squads} onClose={() => setIsEditingSquads(false)} />
      ) : null}
    </>
  );
}
