import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { defaultSettings } from '@shared/model';
import { appDb } from '../../db/app-db';
import { saveSettings } from '../../db';
import { useSettings } from '../../app/useSettings';
import type { ThresholdId } from '../readiness/thresholds';
import {
  applyThresholdForm,
  thresholdFormOf,
  type AgeBandDraft,
  type ThresholdForm,
  type ThresholdFormErrors,
} from './threshold-form';

const NO_ERRORS: ThresholdFormErrors = { fields: {}, ageBands: {}, other: [] };

export interface ThresholdFormState {
  form: ThresholdForm;
  errors: ThresholdFormErrors;
  hasErrors: boolean;
  isDirty: boolean;
  isSaving: boolean;
  setValue: (id: ThresholdId, value: string) => void;
  setAgeBands: (bands: AgeBandDraft[]) => void;
  save: () => Promise<void>;
  /** Fills in the defaults of SCIENCE.md; nothing is saved until `save`. */
  reset: () => void;
}

/** The thresholds form: a draft over the live settings row, saved only when the schema accepts it. */
export function useThresholdForm(): ThresholdFormState {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  // null = not edited: the form follows the saved row (which loads after the first render).
  const [draft, setDraft] = useState<ThresholdForm | null>(null);
  const [errors, setErrors] = useState<ThresholdFormErrors>(NO_ERRORS);
  const [isSaving, setIsSaving] = useState(false);
  const form = draft ?? thresholdFormOf(settings, settings.language);

  async function save() {
    const result = applyThresholdForm(settings, form);
    if (!result.isValid) {
      setErrors(result.errors);
      return;
    }
    setIsSaving(true);
    try {
      await saveSettings(appDb, result.settings);
      setDraft(null);
      setErrors(NO_ERRORS);
      notifications.show({ color: 'teal', message: t('thresholdsSaved') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common:errorTitle'), message: String(error) });
    } finally {
      setIsSaving(false);
    }
  }

  return {
    form,
    errors,
    hasErrors: errors !== NO_ERRORS,
    isDirty: draft !== null,
    isSaving,
    setValue: (id, value) => setDraft({ ...form, values: { ...form.values, [id]: value } }),
    setAgeBands: (ageBands) => setDraft({ ...form, ageBands }),
    save,
    reset: () => {
      setDraft(thresholdFormOf(defaultSettings(), settings.language));
      setErrors(NO_ERRORS);
    },
  };
}
