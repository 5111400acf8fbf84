import { Input, SegmentedControl, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { Threshold } from '../readiness/thresholds';
import { thresholdLabel, unitName } from '../readiness/threshold-text';

interface ThresholdFieldProps {
  threshold: Threshold;
  /** As typed (see threshold-form). */
  value: string;
  /** "default 1.3" */
  defaultText: string;
  error?: string;
  onChange: (value: string) => void;
}

/** One threshold: a number, a time or a red/amber choice, labelled with its unit and default. */
export function ThresholdField({ threshold, value, defaultText, error, onChange }: ThresholdFieldProps) {
  const { t } = useTranslation('settings');
  const unit = unitName(threshold.unit, t);
  const label =
    unit === null ? thresholdLabel(threshold.path, t) : `${thresholdLabel(threshold.path, t)} (${unit})`;
  switch (threshold.kind) {
    case 'severity':
      return (
        <Input.Wrapper label={label} description={defaultText} error={error} labelElement="div">
          <div>
            <SegmentedControl
              aria-label={label}
              size="xs"
              value={value}
              onChange={onChange}
              data={[
                { value: 'red', label: t('readiness:status_red') },
                { value: 'amber', label: t('readiness:status_amber') },
              ]}
            />
          </div>
        </Input.Wrapper>
      );
    case 'time':
      return (
        <TimeInput
          label={label}
          description={defaultText}
          value={value}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    default:
      return (
        <TextInput
          label={label}
          description={defaultText}
          inputMode="decimal"
          value={value}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
