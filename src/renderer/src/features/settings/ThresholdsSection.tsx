import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { THRESHOLD_SECTION_IDS } from '../readiness/thresholds';
import { ThresholdGroup } from './ThresholdGroup';
import { useThresholdForm } from './useThresholdForm';

interface ThresholdsSectionProps {
  language: Language;
  /** The group `?section=` points at, outlined for a moment. */
  highlightedId: string | null;
}

/** The readiness and load thresholds a coach tunes, grouped, with their defaults; adjustable, never law. */
export function ThresholdsSection({ language, highlightedId }: ThresholdsSectionProps) {
  const { t } = useTranslation('settings');
  const state = useThresholdForm();
  return (
    <Paper
      withBorder
      p="md"
      id="thresholds"
      tabIndex={-1}
      style={{
        outline: highlightedId === 'thresholds' ? '3px solid var(--mantine-color-teal-filled)' : undefined,
      }}
    >
      <Title order={3} size="h4" mb="xs">
        {t('thresholdsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('thresholdsIntro')}
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void state.save();
        }}
      >
        <Stack gap="md">
          {THRESHOLD_SECTION_IDS.map((sectionId) => (
            <ThresholdGroup
              key={sectionId}
              sectionId={sectionId}
              state={state}
              language={language}
              isHighlighted={highlightedId === sectionId}
            />
          ))}
          {state.hasErrors ? (
            <Alert color="red" title={t('thresholdsInvalid')}>
              {state.errors.other.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={state.isSaving}>
              {t('thresholdsSave')}
            </Button>
            <Button variant="default" onClick={state.reset}>
              {t('thresholdsReset')}
            </Button>
            {state.isDirty ? (
              <Text size="sm" c="dimmed">
                {t('thresholdsUnsaved')}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
