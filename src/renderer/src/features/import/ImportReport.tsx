import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { NameResolution, RosterResolver } from '../../db/athlete-names';
import { appDb } from '../../db/app-db';
import {
  DuplicateCheckinError,
  importSessions,
  importWellness,
  listSquads,
  type ImportBatch,
} from '../../db';
import { LastDataLink } from './LastDataLink';
import { describeCsvIssue, describeFileError } from './describe-csv-issue';
import { planImport } from './import-plan';
import type { ParsedFile } from './useCsvImport';
import { IssueTable } from './IssueTable';
import { errorText } from '../../app/error-text';
import { useUndoableChange } from '../history/useUndoableChange';

interface ImportReportProps {
  parsed: ParsedFile;
  resolver: RosterResolver;
  onImportAnother: () => void;
}

type Progress = { done: number; total: number };
type Outcome = { rows: number; athletes: number };
/** Where the new athletes go: an existing squad's id, a new squad, or none. */
type SquadChoice = Pick<ImportBatch<unknown>, 'newAthleteSquadId' | 'newSquad'>;

const NEW_SQUAD = '__new';
const NO_SQUAD = '__none';
const NEW_SQUAD_COLOUR = '#1c7ed6';

/** The report of one parsed file and the button that writes the accepted rows in one transaction. */
export function ImportReport({ parsed, resolver, onImportAnother }: ImportReportProps) {
  const { t } = useTranslation('import');
  const [isCreatingUnknown, setIsCreatingUnknown] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const squads = useLiveQuery(() => listSquads(appDb), []);
  const undoable = useUndoableChange();
  const [squadOption, setSquadOption] = useState<string>(NO_SQUAD);
  const [newSquadName, setNewSquadName] = useState('');
  const { result } = parsed;
  const squadChoice: SquadChoice =
    squadOption === NEW_SQUAD
      ? { newSquad: { name: newSquadName.trim(), colour: NEW_SQUAD_COLOUR } }
      : { newAthleteSquadId: squadOption === NO_SQUAD ? null : squadOption };
  const isSquadChoiceIncomplete =
    isCreatingUnknown && squadOption === NEW_SQUAD && newSquadName.trim() === '';
  const fileError = describeFileError(result, t);
  const plan = planImport<{ athlete: string }>(
    result.rows,
    (name) => resolver.resolve(name),
    isCreatingUnknown,
  );

  async function handleImport() {
    setError(null);
    setProgress({ done: 0, total: plan.rows.length });
    const onProgress = (done: number, total: number) => setProgress({ done, total });
    try {
      // A snapshot first, so the import can be undone (Settings → History, or the notification).
      const written = await undoable.run(
        { kind: 'import', label: parsed.fileName },
        () =>
          writePlannedRows(
            parsed,
            (name) => resolver.resolve(name),
            isCreatingUnknown,
            isCreatingUnknown ? squadChoice : {},
            onProgress,
          ),
        (result) => ({ [parsed.kind]: result.rowsWritten, newAthletes: result.athletesCreated }),
      );
      if (written === null) return;
      setOutcome({ rows: written.rowsWritten, athletes: written.athletesCreated });
      notifications.show({
        color: 'teal',
        message: t('doneBody', { rows: written.rowsWritten, athletes: written.athletesCreated }),
      });
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      setProgress(null);
    }
  }

  if (outcome) {
    return (
      <Alert color="teal" title={t('doneTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text>{t('doneBody', { rows: outcome.rows, athletes: outcome.athletes })}</Text>
          <LastDataLink />
          <Button variant="light" onClick={onImportAnother}>
            {t('importAnother')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          {t('reportTitle')} — {parsed.fileName}
        </Title>
        {fileError ? (
          <Alert color="red" title={t('fileError')}>
            {fileError}
          </Alert>
        ) : null}
        <SimpleGrid cols={4}>
          <Stat label={t('rowsInFile')} value={String(result.dataRowCount)} />
          <Stat label={t('rowsValid')} value={String(result.rows.length)} color="teal" />
          <Stat
            label={t('rowsRejected')}
            value={String(result.rejectedRowCount)}
            color={result.rejectedRowCount > 0 ? 'red' : undefined}
          />
          <Stat
            label={t('separator')}
            value={`“${result.delimiter}”${result.decimalMark === ',' ? ` · ${t('decimalComma')}` : ''}`}
          />
        </SimpleGrid>
        {result.warnings.length > 0 ? (
          <Alert color="yellow" title={t('warningsTitle')}>
            {result.warnings.map((warning) => (
              <Text key={`${warning.line}-${warning.code}`} size="sm">
                {describeCsvIssue(warning, t)}
              </Text>
            ))}
          </Alert>
        ) : null}
        {result.rejected.length > 0 ? (
          <Stack gap={4}>
            <Text fw={600}>{t('rejectedTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('rejectedHelp')}
            </Text>
            <IssueTable issues={result.rejected} />
          </Stack>
        ) : null}
        {plan.unknownNames.length > 0 ? (
          <Alert color="blue" title={t('unknownTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('unknownBody', { count: plan.unknownNames.length })}</Text>
              <Group gap={6}>
                {plan.unknownNames.slice(0, 60).map((name) => (
                  <Badge key={name} variant="light">
                    {name}
                  </Badge>
                ))}
              </Group>
              <Checkbox
                label={t('createUnknown', { count: plan.unknownNames.length })}
                checked={isCreatingUnknown}
                onChange={(event) => setIsCreatingUnknown(event.currentTarget.checked)}
              />
              {isCreatingUnknown ? (
                <Group align="flex-end">
                  <Select
                    label={t('squadForNew')}
                    value={squadOption}
                    allowDeselect={false}
                    onChange={(value) => setSquadOption(value ?? NO_SQUAD)}
                    data={[
                      { value: NO_SQUAD, label: t('noSquadOption') },
                      ...(squads ?? []).map((squad) => ({ value: squad.id, label: squad.name })),
                      { value: NEW_SQUAD, label: t('newSquadOption') },
                    ]}
                    w={240}
                  />
                  {squadOption === NEW_SQUAD ? (
                    <TextInput
                      label={t('newSquadName')}
                      value={newSquadName}
                      onChange={(event) => setNewSquadName(event.currentTarget.value)}
                      w={240}
                    />
                  ) : null}
                </Group>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {plan.skippedUnknownRowCount > 0 ? (
          <Text size="sm">{t('skippedRows', { count: plan.skippedUnknownRowCount })}</Text>
        ) : null}
        {plan.skippedAmbiguousRowCount > 0 ? (
          <Text size="sm">{t('ambiguousRows', { count: plan.skippedAmbiguousRowCount })}</Text>
        ) : null}
        {error ? <Alert color="red">{error}</Alert> : null}
        {progress ? (
          <Stack gap={4}>
            <Text size="sm">{t('importing', progress)}</Text>
            <Progress
              value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100}
              aria-label={t('importing', progress)}
            />
          </Stack>
        ) : null}
        <Group>
          <Button
            onClick={() => void handleImport()}
            disabled={plan.rows.length === 0 || progress !== null || isSquadChoiceIncomplete}
            loading={progress !== null}
          >
            {t('importButton', { count: plan.rows.length })}
          </Button>
          {plan.rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('nothingToImport')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Writes the rows the plan accepts, typed per kind, in one transaction (the repositories own it). */
function writePlannedRows(
  parsed: ParsedFile,
  resolve: (name: string) => NameResolution,
  isCreatingUnknown: boolean,
  squad: SquadChoice,
  onProgress: (done: number, total: number) => void,
) {
  if (parsed.kind === 'sessions') {
    const plan = planImport(parsed.result.rows, resolve, isCreatingUnknown);
    const batch = { ...squad, newAthleteNames: plan.newAthleteNames, rows: rowsOf(plan.rows) };
    return importSessions(appDb, batch, onProgress);
  }
  const plan = planImport(parsed.result.rows, resolve, isCreatingUnknown);
  const batch = { ...squad, newAthleteNames: plan.newAthleteNames, rows: rowsOf(plan.rows) };
  return importWellness(appDb, batch, onProgress);
}

function rowsOf<Row extends { line: number }>(rows: Row[]): Array<Omit<Row, 'line'>> {
  return rows.map(({ line: _line, ...rest }) => rest);
}

function describeError(
  caught: unknown,
  t: (key: string, values?: Record<string, unknown>) => string,
): string {
  if (caught instanceof DuplicateCheckinError) {
    const first = caught.conflicts[0];
    return t('duplicateCheckins', { count: caught.conflicts.length, example: first ? first.date : '' });
  }
  return errorText(caught);
}

function Stat({ label, value, color }: { label: string; value: string; color?: string | undefined }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={`stat-${label}`}>
        {value}
      </Text>
    </Stack>
  );
}
