import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvIssue } from '@shared/csv';
import { describeCsvIssue } from './describe-csv-issue';

const SHOWN = 200;

/** Rejected rows by line, column and reason; long lists are cut with a count of the rest. */
export function IssueTable({ issues }: { issues: readonly CsvIssue[] }) {
  const { t } = useTranslation('import');
  return (
    <>
      <Table aria-label={t('rejectedTitle')} striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('colLine')}</Table.Th>
            <Table.Th w={160}>{t('colColumn')}</Table.Th>
            <Table.Th>{t('colReason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.slice(0, SHOWN).map((issue, index) => (
            <Table.Tr key={`${issue.line}-${issue.column ?? ''}-${index}`}>
              <Table.Td>{issue.line}</Table.Td>
              <Table.Td>{issue.column ?? t('common:none')}</Table.Td>
              <Table.Td>{describeCsvIssue(issue, t)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {issues.length > SHOWN ? (
        <Text size="sm" c="dimmed">
          {t('moreIssues', { count: issues.length - SHOWN })}
        </Text>
      ) : null}
    </>
  );
}
