import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { formatNumber } from '../i18n/format';
import { BLOCK_FOCUS_COLOURS } from '../features/planner/timeline/block-focus-colours';
import { formatDateRange } from './print-format';
import type { PrintBlock } from './print-plan';
import classes from './print.module.css';

interface BlockTableProps {
  blocks: readonly PrintBlock[];
  language: Language;
}

const percentOf = (share: number | null) => Math.round((share ?? 0) * 100);

/** One row per block: name, focus, dates, weeks, sessions, mean weekly load and the strength/endurance shares. */
export function BlockTable({ blocks, language }: BlockTableProps) {
  const { t } = useTranslation('print');
  if (blocks.length === 0) return <p className={classes.muted}>{t('noBlocks')}</p>;
  return (
    <table className={classes.table}>
      <colgroup>
        <col style={{ width: '27%' }} />
        <col style={{ width: '16%' }} />
        <col style={{ width: '24%' }} />
        <col style={{ width: '7%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '9%' }} />
        <col style={{ width: '9%' }} />
      </colgroup>
      <thead>
        <tr>
          <th>{t('columnBlock')}</th>
          <th>{t('columnFocus')}</th>
          <th>{t('columnDates')}</th>
          <th className={classes.number}>{t('columnWeeks')}</th>
          <th className={classes.number}>{t('columnSessions')}</th>
          <th className={classes.number}>{t('columnWeeklyLoad')}</th>
          <th className={classes.number}>{t('columnShare')}</th>
        </tr>
      </thead>
      <tbody>
        {blocks.map(({ block, weeks, summary }) => (
          <tr key={block.id}>
            <td className={classes.sessionTitle}>{block.name}</td>
            <td>
              <span className={classes.focusDot} style={{ background: BLOCK_FOCUS_COLOURS[block.focus] }} />
              {t(`focus_${block.focus}`)}
            </td>
            <td>{formatDateRange(block.startDate, block.endDate, language)}</td>
            <td className={classes.number}>{weeks}</td>
            <td className={classes.number}>{summary.sessionCount}</td>
            <td className={classes.number}>{formatNumber(summary.weeklyLoadAu, language, 0)}</td>
            <td className={classes.number}>
              {t('shareValue', {
                strength: percentOf(summary.strengthShare),
                endurance: percentOf(summary.enduranceShare),
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
