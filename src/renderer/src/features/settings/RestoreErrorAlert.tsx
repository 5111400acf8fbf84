import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackupFileError, ValidationError, type BackupFileProblem, type BackupTableName } from '../../db';
import { locateIssue } from './restore-format';
import { errorText } from '../../app/error-text';

/** Issues listed before "… and N more": enough to see what is wrong without a wall of text. */
const SHOWN_ISSUES = 5;

const PROBLEM_TEXTS = {
  'not-json': 'problem_not_json',
  'not-a-backup': 'problem_not_a_backup',
  'newer-version': 'problem_newer_version',
  damaged: 'problem_damaged',
} as const satisfies Record<BackupFileProblem, string>;

/** Why a restore was refused or failed, with the first few bad records; the data is untouched. */
export function RestoreErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('settings');
  return (
    <Alert color="red" title={t('restoreFailedTitle')}>
      <Stack gap="xs">
        {error instanceof BackupFileError ? <Text size="sm">{t(PROBLEM_TEXTS[error.problem])}</Text> : null}
        {error instanceof ValidationError ? <IssueList error={error} /> : null}
        {error instanceof BackupFileError || error instanceof ValidationError ? null : (
          <Text size="sm">{t('restoreFailed', { message: errorText(error) })}</Text>
        )}
        <Text size="sm" fw={500}>
          {t('restoreNothingChanged')}
        </Text>
      </Stack>
    </Alert>
  );
}

function IssueList({ error }: { error: ValidationError }) {
  const { t } = useTranslation('settings');
  const tableLabel = (table: BackupTableName | null) => (table ? t(`table_${table}`) : t('common:none'));
  const hidden = error.issues.length - SHOWN_ISSUES;
  return (
    <>
      <Text size="sm">{t('restoreIssues', { count: error.issues.length })}</Text>
      <List size="sm" spacing={2}>
        {error.issues.slice(0, SHOWN_ISSUES).map((issue, position) => {
          const { table, field } = locateIssue(issue);
          const values = { table: tableLabel(table), row: issue.index + 1, field, message: issue.message };
          return (
            <List.Item key={`${issue.path}-${issue.index}-${position}`}>
              {t(field === '' ? 'restoreIssue' : 'restoreIssueField', values)}
            </List.Item>
          );
        })}
      </List>
      {hidden > 0 ? <Text size="sm">{t('restoreMoreIssues', { count: hidden })}</Text> : null}
    </>
  );
}
