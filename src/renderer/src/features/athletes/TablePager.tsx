import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';

interface TablePagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** "Rows 21–40 of 1,312" and the page buttons, under a long table. */
export function TablePager({ page, pageSize, total, onChange }: TablePagerProps) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('rowsShown', {
          from: formatNumber(from, language, 0),
          to: formatNumber(to, language, 0),
          total: formatNumber(total, language, 0),
        })}
      </Text>
      {pageCount > 1 ? (
        <Pagination
          total={pageCount}
          value={page}
          onChange={onChange}
          size="sm"
          siblings={1}
          boundaries={1}
          getControlProps={(control) => ({ 'aria-label': control })}
          aria-label={t('pages')}
        />
      ) : null}
    </Group>
  );
}
