import type { TFunction } from 'i18next';
import type { Language } from '@shared/model';
import type { HistoryEntry, HistoryKind, TableCounts } from '../../db/history-database';
import { formatNumber } from '../../i18n/format';

/** The counts a coach reads, in this order; other tables (plans, settings) are left out. */
const SHOWN_COUNTS = ['athletes', 'squads', 'sessions', 'wellness', 'newAthletes'] as const;

const CHANGE_KEYS: Record<HistoryKind, string> = {
  import: 'change_import',
  restore: 'change_restore',
  clear: 'change_clear',
  'squad-delete': 'change_squadDelete',
  undo: 'change_undo',
};

/** "import of sessions.csv", "clearing all data", "undo of import of sessions.csv". */
export function changeText(entry: Pick<HistoryEntry, 'kind' | 'label' | 'undid'>, t: TFunction): string {
  if (entry.kind === 'undo' && entry.undid) {
    return t(CHANGE_KEYS.undo, { label: changeText(entry.undid, t) });
  }
  return t(CHANGE_KEYS[entry.kind], { label: entry.label });
}

/** "7,614 sessions, 3 new athletes" in the language's number format; empty when there is nothing to say. */
export function countsText(counts: TableCounts, t: TFunction, language: Language): string {
  return SHOWN_COUNTS.filter((key) => (counts[key] ?? 0) > 0)
    .map((key) => {
      const count = counts[key] ?? 0;
      return t(`count_${key}`, { count, n: formatNumber(count, language, 0) });
    })
    .join(', ');
}

/** "Undo import of sessions.csv (7,614 sessions)" / "Import van sessions.csv ongedaan maken (7.614 trainingen)". */
export function undoOfferText(entry: HistoryEntry, t: TFunction, language: Language): string {
  const change = changeText(entry, t);
  const counts = countsText(entry.counts, t, language);
  return upperFirst(counts === '' ? t('offer', { change }) : t('offerWithCounts', { change, counts }));
}

/** The first letter in capitals (a change's text starts a Dutch sentence). */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
