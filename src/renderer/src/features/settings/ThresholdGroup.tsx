import { Box, SimpleGrid, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultSettings, type Language } from '@shared/model';
import {
  AGE_SCALING,
  THRESHOLDS,
  readThreshold,
  type ThresholdRef,
  type ThresholdSectionId,
} from '../readiness/thresholds';
import { formatThresholdValue } from '../readiness/threshold-text';
import { AgeBandsField } from './AgeBandsField';
import { ThresholdField } from './ThresholdField';
import type { FieldError } from './threshold-form';
import type { ThresholdFormState } from './useThresholdForm';

const DEFAULTS = defaultSettings();

interface ThresholdGroupProps {
  sectionId: ThresholdSectionId;
  state: ThresholdFormState;
  language: Language;
  isHighlighted: boolean;
}

function errorText(error: FieldError | undefined, t: TFunction): string | undefined {
  if (error === undefined) return undefined;
  return error.code === 'schema' ? error.message : t(`error_${error.code}`);
}

function defaultText(ref: ThresholdRef, t: TFunction, language: Language): string {
  return t('thresholdsDefault', {
    value: formatThresholdValue(ref, readThreshold(DEFAULTS, ref), t, language),
  });
}

/** One group of thresholds; its element id is the `?section=` a rule dialog links to. */
export function ThresholdGroup({ sectionId, state, language, isHighlighted }: ThresholdGroupProps) {
  const { t } = useTranslation('settings');
  const { form, errors } = state;
  const ageBandErrors = Object.fromEntries(
    Object.entries(errors.ageBands).map(([index, error]) => [index, errorText(error, t)]),
  );
  return (
    <Box
      id={sectionId}
      tabIndex={-1}
      p="xs"
      role="group"
      aria-labelledby={`${sectionId}-title`}
      data-highlighted={isHighlighted || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        outline: isHighlighted ? '3px solid var(--mantine-color-teal-filled)' : '3px solid transparent',
        transition: 'outline-color 600ms',
      }}
    >
      <Title order={4} size="h5" mb="xs" id={`${sectionId}-title`}>
        {t(`section_${sectionId}`)}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {THRESHOLDS.filter((threshold) => threshold.sectionId === sectionId).map((threshold) => (
          <ThresholdField
            key={threshold.path}
            threshold={threshold}
            value={form.values[threshold.path]}
            defaultText={defaultText(threshold.path, t, language)}
            error={errorText(errors.fields[threshold.path], t)}
            onChange={(value) => state.setValue(threshold.path, value)}
          />
        ))}
      </SimpleGrid>
      {sectionId === 'thresholds-recovery' ? (
        <Box mt="sm">
          <AgeBandsField
            bands={form.ageBands}
            defaultText={defaultText(AGE_SCALING, t, language)}
            errors={ageBandErrors}
            onChange={state.setAgeBands}
          />
        </Box>
      ) : null}
    </Box>
  );
}
