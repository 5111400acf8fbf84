import { useMemo, useState, type SubmitEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  PlannedSessionSchema,
  type Block,
  type PlannedSession,
  type Season,
  type Squad,
} from '@shared/model';
import { plannedLoadAu, type PlanAthlete } from '@shared/planning/plan-context';
import { checkPlan } from '@shared/planning/rules';
import { errorText } from '../../app/error-text';
import { appDb } from '../../db/app-db';
import { deletePlannedSessions, savePlannedSessions } from '../../db';
import { formatNumber, parseTypedNumber } from '../../i18n/format';
import { StimulusSelect } from '../log/StimulusSelect';
import { useLanguage } from '../readiness/useLanguage';
import type { PlanAnalysis } from './usePlan';
import { PlanDateInput } from './timeline/PlanDateInput';
import { useDescribePlanWarning } from './warning-text';
import { blockOn } from './week-model';

export type SessionDialogState = { mode: 'add'; date: string } | { mode: 'edit'; session: PlannedSession };

interface SessionForm {
  date: string;
  startTime: string;
  stimulus: PlannedSession['stimulus'];
  durationMin: string;
  targetRpe: string;
  title: string;
  description: string;
  audience: 'squad' | 'athletes';
  athleteIds: string[];
}

/** The id a session being added has while its checks run (never stored). */
const DRAFT_ID = 'draft-session';

function initialForm(state: SessionDialogState, language: 'en' | 'nl'): SessionForm {
  const number = (value: number) => formatNumber(value, language, 1);
  if (state.mode === 'add')
    return {
      date: state.date,
      startTime: '17:00',
      stimulus: 'endurance',
      durationMin: '60',
      targetRpe: '5',
      title: '',
      description: '',
      audience: 'squad',
      athleteIds: [],
    };
  const { session } = state;
  return {
    date: session.date,
    startTime: session.startTime,
    stimulus: session.stimulus,
    durationMin: number(session.durationMin),
    targetRpe: number(session.targetRpe),
    title: session.title,
    description: session.description,
    audience: session.athleteIds && session.athleteIds.length > 0 ? 'athletes' : 'squad',
    athleteIds: session.athleteIds ?? [],
  };
}

interface PlannedSessionDialogProps {
  state: SessionDialogState;
  squad: Squad;
  season: Season;
  blocks: readonly Block[];
  athletes: readonly PlanAthlete[];
  analysis: PlanAnalysis | undefined;
  onClose: () => void;
}

/**
 * Adds or edits one planned session. The plan's rules run on the draft as the coach types, so moving
 * the run to 11:00 shows the interference warning before anything is saved.
 */
export function PlannedSessionDialog({
  state,
  squad,
  season,
  blocks,
  athletes,
  analysis,
  onClose,
}: PlannedSessionDialogProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const [form, setForm] = useState<SessionForm>(() => initialForm(state, language));
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const update = (patch: Partial<SessionForm>) => setForm((current) => ({ ...current, ...patch }));
  const existing = state.mode === 'edit' ? state.session : undefined;

  const parsed = useMemo(() => {
    const block = blockOn(blocks, form.date);
    return PlannedSessionSchema.safeParse({
      id: existing?.id ?? DRAFT_ID,
      squadId: squad.id,
      ...(block ? { blockId: block.id } : existing?.blockId ? { blockId: existing.blockId } : {}),
      date: form.date,
      startTime: form.startTime,
      stimulus: form.stimulus,
      durationMin: parseTypedNumber(form.durationMin) ?? Number.NaN,
      targetRpe: parseTypedNumber(form.targetRpe) ?? Number.NaN,
      title: form.title,
      description: form.description,
      ...(form.audience === 'athletes' ? { athleteIds: form.athleteIds } : {}),
    });
  }, [form, blocks, squad.id, existing]);

  const fieldErrors = useMemo(() => {
    const errors: Partial<Record<keyof SessionForm, string>> = {};
    if (parsed.success) {
      if (form.audience === 'athletes' && form.athleteIds.length === 0)
        errors.athleteIds = t('errorNoAthletes');
      return errors;
    }
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as keyof SessionForm;
      errors[field] ??= t(`error_${String(issue.path[0])}`, { defaultValue: issue.message });
    }
    return errors;
  }, [parsed, form, t]);
  const valid = parsed.success && Object.keys(fieldErrors).length === 0 ? parsed.data : null;
  const shownErrors = hasTriedSave ? fieldErrors : {};

  // The draft's own warnings: the plan with the draft in place of the stored session.
  const draftWarnings = useMemo(() => {
    if (!analysis || !parsed.success) return [];
    const draft = parsed.data;
    const plannedSessions = [
      ...analysis.context.plannedSessions.filter((session) => session.id !== draft.id),
      draft,
    ];
    return checkPlan({ ...analysis.context, plannedSessions }).filter((warning) =>
      warning.sessionIds.includes(draft.id),
    );
  }, [analysis, parsed]);

  const draftSessionsById = useMemo(() => {
    const byId = new Map((analysis?.context.plannedSessions ?? []).map((session) => [session.id, session]));
    if (parsed.success) byId.set(parsed.data.id, parsed.data);
    return byId;
  }, [analysis, parsed]);
  const describe = useDescribePlanWarning({ sessionsById: draftSessionsById, athletes, blocks });

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setHasTriedSave(true);
    if (valid === null) return;
    const { id, ...draft } = valid;
    try {
      await savePlannedSessions(appDb, [id === DRAFT_ID ? draft : valid]);
      notifications.show({
        color: 'teal',
        message: t(existing ? 'sessionUpdated' : 'sessionAdded', { title: draft.title }),
      });
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
    }
  };
  const handleDelete = async () => {
    if (!existing) return;
    await deletePlannedSessions(appDb, [existing.id]);
    notifications.show({ message: t('sessionDeleted', { title: existing.title }) });
    onClose();
  };
  const load = parsed.success ? formatNumber(plannedLoadAu(parsed.data), language, 0) : '–';

  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? t('editSessionTitle') : t('addSessionTitle')}
      size="xl"
      centered
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <Group align="flex-start" gap="md" wrap="wrap">
            <PlanDateInput
              label={t('common:date')}
              value={form.date === '' ? null : form.date}
              error={shownErrors.date ?? null}
              onChange={(date) => update({ date: date ?? '' })}
            />
            <TimeInput
              label={t('common:startTime')}
              value={form.startTime}
              error={shownErrors.startTime}
              onChange={(event) => update({ startTime: event.currentTarget.value })}
              w={120}
            />
            <StimulusSelect value={form.stimulus} onChange={(stimulus) => update({ stimulus })} />
            <TextInput
              label={t('common:durationMin')}
              value={form.durationMin}
              error={shownErrors.durationMin}
              onChange={(event) => update({ durationMin: event.currentTarget.value })}
              inputMode="decimal"
              autoComplete="off"
              w={120}
            />
            <TextInput
              label={t('targetRpe')}
              value={form.targetRpe}
              error={shownErrors.targetRpe}
              onChange={(event) => update({ targetRpe: event.currentTarget.value })}
              inputMode="decimal"
              autoComplete="off"
              w={110}
            />
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('plannedLoad')}
              </Text>
              <Text size="lg" data-testid="draft-load">
                {t('loadAu', { load })}
              </Text>
            </Stack>
          </Group>
          <TextInput
            label={t('sessionTitle')}
            value={form.title}
            error={shownErrors.title}
            onChange={(event) => update({ title: event.currentTarget.value })}
            data-autofocus
          />
          <Textarea
            label={t('sessionNotes')}
            value={form.description}
            onChange={(event) => update({ description: event.currentTarget.value })}
            autosize
            minRows={2}
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('audience')}
            </Text>
            <SegmentedControl
              value={form.audience}
              onChange={(value) => update({ audience: value === 'athletes' ? 'athletes' : 'squad' })}
              data={[
                { value: 'squad', label: t('audienceWholeSquad', { squad: squad.name }) },
                { value: 'athletes', label: t('audienceSelected') },
              ]}
              w="fit-content"
            />
            {form.audience === 'athletes' ? (
              <MultiSelect
                aria-label={t('audienceSelected')}
                data={athletes.map((athlete) => ({ value: athlete.athleteId, label: athlete.name }))}
                value={form.athleteIds}
                onChange={(athleteIds) => update({ athleteIds })}
                error={shownErrors.athleteIds}
                searchable
              />
            ) : null}
          </Stack>
          <Stack gap={6} data-testid="draft-warnings" aria-live="polite">
            <Text size="sm" fw={500}>
              {t('draftChecks')}
            </Text>
            {draftWarnings.length === 0 ? (
              <Text size="sm" c="teal.8" data-testid="draft-ok">
                {t('draftNoWarnings', { season: season.name })}
              </Text>
            ) : (
              draftWarnings.map((warning) => {
                const text = describe(warning);
                return (
                  <Alert
                    key={warning.id}
                    color={warning.severity === 'strong' ? 'red' : 'orange'}
                    title={text.title}
                    data-testid="draft-warning"
                    data-rule={warning.rule}
                  >
                    <Text size="sm">{text.detail}</Text>
                    <Text size="sm" fw={500}>
                      {text.fix}
                    </Text>
                  </Alert>
                );
              })
            )}
          </Stack>
          {saveError ? <Alert color="red">{saveError}</Alert> : null}
          <Group justify="space-between">
            {existing ? (
              <Button variant="subtle" color="red" onClick={() => void handleDelete()}>
                {t('delete')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('cancel')}
              </Button>
              <Button type="submit">{t('save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
