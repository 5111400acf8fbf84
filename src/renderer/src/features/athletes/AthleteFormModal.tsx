import { useState } from 'react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { fieldErrorsOf, saveFailedText } from '../../i18n/schema-issues';
import { useTranslation } from 'react-i18next';
import { AthleteSchema, SEXES, type Athlete, type Squad } from '@shared/model';
import { appDb } from '../../db/app-db';
import { saveAthlete } from '../../db';
import { dateFieldFormat } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { parseCoachDate } from '../log/coach-date';

interface AthleteFormModalProps {
  isOpen: boolean;
  /** The athlete to edit, or null to add one. */
  athlete: Athlete | null;
  squads: Squad[];
  onClose: () => void;
}

type Draft = Omit<Athlete, 'id'>;

const EMPTY_DRAFT: Draft = {
  name: '',
  squadIds: [],
  position: '',
  sport: '',
  trainingAgeYears: 0,
  notes: '',
  isArchived: false,
};

function draftOf(athlete: Athlete | null): Draft {
  if (!athlete) return EMPTY_DRAFT;
  const { id: _id, ...rest } = athlete;
  return rest;
}

/** Add or edit an athlete; validated by the shared schema before anything is saved. */
export function AthleteFormModal({ isOpen, athlete, squads, onClose }: AthleteFormModalProps) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const [draft, setDraft] = useState<Draft>(() => draftOf(athlete));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function handleSubmit() {
    const parsed = AthleteSchema.omit({ id: true }).safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues, t));
      return;
    }
    setIsSaving(true);
    try {
      const saved = await saveAthlete(appDb, athlete ? { ...parsed.data, id: athlete.id } : parsed.data);
      notifications.show({ color: 'teal', message: t('athleteSaved', { name: saved.name }) });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common:errorTitle'), message: saveFailedText(error, t) });
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Modal opened={isOpen} onClose={onClose} title={athlete ? t('editAthlete') : t('addAthlete')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void handleSubmit();
        }}
      >
        <Stack>
          <TextInput
            label={t('name')}
            required
            data-autofocus
            value={draft.name}
            error={errors.name}
            onChange={(event) => update('name', event.currentTarget.value)}
          />
          <SimpleGrid cols={2}>
            <DateInput
              label={t('birthDate')}
              clearable
              valueFormat={dateFieldFormat(language, 'd MMM yyyy')}
              dateParser={parseCoachDate}
              value={draft.birthDate ?? null}
              error={errors.birthDate}
              onChange={(value) => update('birthDate', value ?? undefined)}
            />
            <Select
              label={t('sex')}
              clearable
              value={draft.sex ?? null}
              error={errors.sex}
              data={SEXES.map((sex) => ({ value: sex, label: t(`sex_${sex}`) }))}
              onChange={(value) => update('sex', (value as Draft['sex']) ?? undefined)}
            />
            <TextInput
              label={t('position')}
              value={draft.position}
              error={errors.position}
              onChange={(e) => update('position', e.currentTarget.value)}
            />
            <TextInput
              label={t('sport')}
              value={draft.sport}
              error={errors.sport}
              onChange={(e) => update('sport', e.currentTarget.value)}
            />
            <MultiSelect
              label={t('squads')}
              value={draft.squadIds}
              error={errors.squadIds}
              data={squads.map((squad) => ({ value: squad.id, label: squad.name }))}
              onChange={(value) => update('squadIds', value)}
            />
            <NumberInput
              label={t('trainingAgeYears')}
              description={t('trainingAgeHint')}
              min={0}
              max={60}
              decimalScale={1}
              value={draft.trainingAgeYears}
              error={errors.trainingAgeYears}
              onChange={(value) => update('trainingAgeYears', typeof value === 'number' ? value : 0)}
            />
          </SimpleGrid>
          <Textarea
            label={t('common:notes')}
            autosize
            minRows={2}
            value={draft.notes}
            error={errors.notes}
            onChange={(e) => update('notes', e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={isSaving}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
