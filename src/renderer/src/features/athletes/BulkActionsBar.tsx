import { useState } from 'react';
import { Button, Group, Modal, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { AVAILABILITY_KINDS, type Athlete, type AvailabilityKind, type Squad } from '@shared/model';
import { appDb } from '../../db/app-db';
import { addAvailabilityForAthletes, setArchivedForAthletes, setSquadForAthletes } from '../../db';
import { errorText } from '../../app/error-text';
import { useSettings } from '../../app/useSettings';
import { dateFieldFormat } from '../../i18n/format';

interface BulkActionsBarProps {
  selected: readonly Athlete[];
  squads: readonly Squad[];
  /** The first day of a new availability event (the as-of date). */
  defaultDate: string;
  onDone: () => void;
}

type Dialog = 'squad' | 'availability' | null;

/** What can be done to every selected athlete at once; each action is one transaction. */
export function BulkActionsBar({ selected, squads, defaultDate, onDone }: BulkActionsBarProps) {
  const { t } = useTranslation('athletes');
  const [dialog, setDialog] = useState<Dialog>(null);
  const ids = selected.map((athlete) => athlete.id);
  const count = ids.length;
  const areAllArchived = selected.every((athlete) => athlete.isArchived);

  async function handleArchive() {
    try {
      await setArchivedForAthletes(appDb, ids, !areAllArchived);
      notifications.show({
        color: 'teal',
        message: t(areAllArchived ? 'bulkRestoreDone' : 'bulkArchiveDone', { count }),
      });
      onDone();
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(error) });
    }
  }

  return (
    <Paper
      withBorder
      p="sm"
      mb="md"
      bg="teal.0"
      pos="sticky"
      top={64}
      style={{ zIndex: 5 }}
      role="toolbar"
      aria-label={t('bulkActions')}
    >
      <Group gap="sm">
        <Text fw={600} data-testid="selected-count">
          {t('selectedCount', { count })}
        </Text>
        <Button variant="default" onClick={() => setDialog('squad')}>
          {t('bulkSetSquad')}
        </Button>
        <Button variant="default" onClick={() => setDialog('availability')}>
          {t('bulkAvailability')}
        </Button>
        <Button variant="default" onClick={() => void handleArchive()}>
          {t(areAllArchived ? 'unarchive' : 'archive')}
        </Button>
        <Button variant="subtle" ml="auto" onClick={onDone}>
          {t('clearSelection')}
        </Button>
      </Group>
      {dialog === 'squad' ? (
        <BulkSquadModal ids={ids} squads={squads} onClose={() => setDialog(null)} onDone={onDone} />
      ) : null}
      {dialog === 'availability' ? (
        <BulkAvailabilityModal
          ids={ids}
          defaultDate={defaultDate}
          onClose={() => setDialog(null)}
          onDone={onDone}
        />
      ) : null}
    </Paper>
  );
}

interface BulkModalProps {
  ids: readonly string[];
  onClose: () => void;
  onDone: () => void;
}

function BulkSquadModal({ ids, squads, onClose, onDone }: BulkModalProps & { squads: readonly Squad[] }) {
  const { t } = useTranslation('athletes');
  const [squadId, setSquadId] = useState<string | null>(squads[0]?.id ?? null);
  const [isOnly, setIsOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const squad = squads.find((candidate) => candidate.id === squadId);

  async function handleSave() {
    if (!squad) return;
    try {
      await setSquadForAthletes(appDb, ids, squad.id, isOnly ? 'only' : 'add');
      notifications.show({
        color: 'teal',
        message: t('bulkSquadDone', { count: ids.length, squad: squad.name }),
      });
      onClose();
      onDone();
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('bulkSquadTitle', { count: ids.length })}>
      <Stack>
        {squads.length === 0 ? (
          <Text c="dimmed">{t('needSquadFirst')}</Text>
        ) : (
          <>
            <Select
              label={t('common:squad')}
              value={squadId}
              allowDeselect={false}
              onChange={setSquadId}
              data={squads.map((option) => ({ value: option.id, label: option.name }))}
              error={error}
            />
            <Switch
              label={t('onlyThisSquad')}
              checked={isOnly}
              onChange={(event) => setIsOnly(event.currentTarget.checked)}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button disabled={!squad} onClick={() => void handleSave()}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function BulkAvailabilityModal({
  ids,
  defaultDate,
  onClose,
  onDone,
}: BulkModalProps & { defaultDate: string }) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const [kind, setKind] = useState<AvailabilityKind>('unavailable');
  const [startDate, setStartDate] = useState<string | null>(defaultDate);
  const [endDate, setEndDate] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function handleSave() {
    try {
      await addAvailabilityForAthletes(appDb, ids, {
        kind,
        startDate: startDate ?? '',
        ...(endDate ? { endDate } : {}),
        note,
      });
      notifications.show({ color: 'teal', message: t('bulkAvailabilityDone', { count: ids.length }) });
      onClose();
      onDone();
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('bulkAvailabilityTitle', { count: ids.length })}>
      <Stack>
        <Select
          label={t('kind')}
          value={kind}
          allowDeselect={false}
          onChange={(value) => value && setKind(value)}
          data={AVAILABILITY_KINDS.map((option) => ({
            value: option,
            label: t(`common:availability_${option}`),
          }))}
        />
        <DateInput
          label={t('startDate')}
          value={startDate}
          onChange={setStartDate}
          valueFormat={dateFieldFormat(language)}
        />
        <DateInput
          label={t('endDate')}
          value={endDate}
          onChange={setEndDate}
          valueFormat={dateFieldFormat(language)}
          clearable
        />
        <TextInput label={t('note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        {error ? (
          <Text c="red" size="sm">
            {error}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button disabled={startDate === null} onClick={() => void handleSave()}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
