import { Group, Input, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgeBandDraft } from './threshold-form';

interface AgeBandsFieldProps {
  bands: readonly AgeBandDraft[];
  /** "default under 35: × 1, …" */
  defaultText: string;
  /** Per row; key −1 = the list as a whole. */
  errors: Partial<Record<number, string>>;
  onChange: (bands: AgeBandDraft[]) => void;
}

/** The age scaling of the recovery phases (product default): one row per band, its start age and factor. */
export function AgeBandsField({ bands, defaultText, errors, onChange }: AgeBandsFieldProps) {
  const { t } = useTranslation('settings');
  function update(index: number, change: Partial<AgeBandDraft>) {
    onChange(bands.map((band, at) => (at === index ? { ...band, ...change } : band)));
  }
  return (
    <Input.Wrapper
      label={t('readiness:threshold_recovery_ageScaling')}
      description={defaultText}
      error={errors[-1]}
      labelElement="div"
    >
      <Stack gap={4} mt={4}>
        {bands.map((band, index) => (
          <Stack key={index} gap={2} role="group" aria-label={t('ageBandRow', { number: index + 1 })}>
            <Group gap="xs" align="flex-start">
              <TextInput
                size="xs"
                w={140}
                label={t('ageBandFrom')}
                inputMode="numeric"
                value={band.fromAgeYears}
                error={errors[index] !== undefined}
                onChange={(event) => update(index, { fromAgeYears: event.currentTarget.value })}
              />
              <TextInput
                size="xs"
                w={140}
                label={t('ageBandFactor')}
                inputMode="decimal"
                value={band.factor}
                error={errors[index] !== undefined}
                onChange={(event) => update(index, { factor: event.currentTarget.value })}
              />
            </Group>
            {errors[index] === undefined ? null : <Input.Error>{errors[index]}</Input.Error>}
          </Stack>
        ))}
      </Stack>
    </Input.Wrapper>
  );
}
