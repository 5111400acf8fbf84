import { useMemo, useState } from 'react';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { computeSessionLoadAu } from '@shared/metrics';
import type { Session } from '@shared/model';
import { appDb } from '../../db/app-db';
import { deleteSession } from '../../db';
import { formatDate, formatNumber } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { EditSessionModal } from './EditSessionModal';
import { RowActions } from './RowActions';
import { TablePager } from './TablePager';

const PAGE_SIZE = 20;

/**
 * Every session of the athlete, newest first, a page at a time, each with its session-RPE load
 * (RPE × minutes, Foster 2001); a row can be edited (checked as at entry) or deleted after a question.
 */
export function SessionTable({ sessions }: { sessions: readonly Session[] }) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Session | null>(null);
  const [deleting, setDeleting] = useState<Session | null>(null);
  const newestFirst = useMemo(() => [...sessions].reverse(), [sessions]);
  const pageCount = Math.max(1, Math.ceil(newestFirst.length / PAGE_SIZE));
  const shownPage = Math.min(page, pageCount);
  const rows = newestFirst.slice((shownPage - 1) * PAGE_SIZE, shownPage * PAGE_SIZE);
  if (sessions.length === 0) return <Text c="dimmed">{t('noSessions')}</Text>;
  const loadOf = (session: Session) => computeSessionLoadAu(session.sessionRpe, session.durationMin);
  return (
    <>
      <Table aria-label={t('sessionsTableLabel')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>
              <VisuallyHidden>{t('actions')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('common:date')}</Table.Th>
            <Table.Th>{t('source')}</Table.Th>
            <Table.Th>{t('common:startTime')}</Table.Th>
            <Table.Th>{t('common:stimulus')}</Table.Th>
            <Table.Th ta="right">{t('common:durationMin')}</Table.Th>
            <Table.Th ta="right">{t('common:rpe')}</Table.Th>
            <Table.Th ta="right">{t('loadAu')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((session) => {
            const date = formatDate(session.date, language);
            return (
              <Table.Tr key={session.id}>
                <Table.Td>
                  <RowActions
                    editLabel={t('editSessionOf', { date })}
                    deleteLabel={t('deleteSessionOf', { date })}
                    onEdit={() => setEditing(session)}
                    onDelete={() => setDeleting(session)}
                  />
                </Table.Td>
                <Table.Td>{date}</Table.Td>
                <Table.Td>{t(`source_${session.source}`)}</Table.Td>
                <Table.Td>{session.startTime ?? t('common:none')}</Table.Td>
                <Table.Td>{t(`common:stimulus_${session.stimulus}`)}</Table.Td>
                <Table.Td ta="right">{formatNumber(session.durationMin, language)}</Table.Td>
                <Table.Td ta="right">{formatNumber(session.sessionRpe, language)}</Table.Td>
                <Table.Td ta="right">{formatNumber(loadOf(session), language, 0)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <TablePager page={shownPage} pageSize={PAGE_SIZE} total={newestFirst.length} onChange={setPage} />
      {editing ? <EditSessionModal session={editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDeleteModal
          title={t('deleteSessionTitle')}
          body={t('deleteSessionBody', {
            date: formatDate(deleting.date, language),
            stimulus: t(`common:stimulus_${deleting.stimulus}`),
            duration: formatNumber(deleting.durationMin, language),
            rpe: formatNumber(deleting.sessionRpe, language),
            load: formatNumber(loadOf(deleting), language, 0),
          })}
          onConfirm={async () => {
            await deleteSession(appDb, deleting.id);
            notifications.show({ color: 'teal', message: t('sessionDeleted') });
          }}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </>
  );
}
