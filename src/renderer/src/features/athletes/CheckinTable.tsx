import { useMemo, useState } from 'react';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { WellnessEntry } from '@shared/model';
import { appDb } from '../../db/app-db';
import { deleteWellnessEntry } from '../../db';
import { formatDate, formatNumber } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { WELLNESS_FIELDS } from '../log/wellness-grid';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { EditCheckinModal } from './EditCheckinModal';
import { CHECKIN_FIELD_LABELS } from './record-forms';
import { RowActions } from './RowActions';
import { TablePager } from './TablePager';

const PAGE_SIZE = 20;

/** Every check-in of the athlete, newest first, a page at a time; a row can be edited or deleted. */
export function CheckinTable({ checkins }: { checkins: readonly WellnessEntry[] }) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<WellnessEntry | null>(null);
  const [deleting, setDeleting] = useState<WellnessEntry | null>(null);
  const newestFirst = useMemo(
    () => [...checkins].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
    [checkins],
  );
  const pageCount = Math.max(1, Math.ceil(newestFirst.length / PAGE_SIZE));
  const shownPage = Math.min(page, pageCount);
  const rows = newestFirst.slice((shownPage - 1) * PAGE_SIZE, shownPage * PAGE_SIZE);
  if (checkins.length === 0) return <Text c="dimmed">{t('noCheckins')}</Text>;
  const value = (entry: WellnessEntry, field: (typeof WELLNESS_FIELDS)[number]) => {
    const number = entry[field];
    return number === undefined ? t('common:none') : formatNumber(number, language);
  };
  return (
    <>
      <Table aria-label={t('checkinsTableLabel')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>
              <VisuallyHidden>{t('actions')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('common:date')}</Table.Th>
            {WELLNESS_FIELDS.map((field) => (
              <Table.Th key={field} ta="right">
                {t(CHECKIN_FIELD_LABELS[field])}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((entry) => {
            const date = formatDate(entry.date, language);
            return (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <RowActions
                    editLabel={t('editCheckinOf', { date })}
                    deleteLabel={t('deleteCheckinOf', { date })}
                    onEdit={() => setEditing(entry)}
                    onDelete={() => setDeleting(entry)}
                  />
                </Table.Td>
                <Table.Td>{date}</Table.Td>
                {WELLNESS_FIELDS.map((field) => (
                  <Table.Td key={field} ta="right">
                    {value(entry, field)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <TablePager page={shownPage} pageSize={PAGE_SIZE} total={newestFirst.length} onChange={setPage} />
      {editing ? <EditCheckinModal entry={editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDeleteModal
          title={t('deleteCheckinTitle')}
          body={t('deleteCheckinBody', { date: formatDate(deleting.date, language) })}
          onConfirm={async () => {
            await deleteWellnessEntry(appDb, deleting.id);
            notifications.show({ color: 'teal', message: t('checkinDeleted') });
          }}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </>
  );
}
