import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';
import { STIMULUS_COLOURS } from '../charts/stimulus-colours';
import { formatNumber } from '../i18n/format';
import { formatTableDay, formatTimeRange } from './print-format';
import type { PrintDay, PrintSession } from './print-plan';
import classes from './print.module.css';

/** Names written out before "+N more" in the Who column. */
const LISTED_NAMES = 3;
/** Column widths in millimetres; the notes take the rest of the 277 mm. */
const COLUMNS_MM = {
  day: 24,
  time: 25,
  session: 53,
  stimulus: 26,
  duration: 16,
  rpe: 15,
  load: 17,
  who: 31,
} as const;

interface WeekTableProps {
  days: readonly PrintDay[];
  language: Language;
}

function useWho(): (session: PrintSession) => string {
  const { t } = useTranslation('print');
  return ({ athleteNames }) => {
    if (athleteNames === null) return t('everyone');
    const listed = athleteNames.slice(0, LISTED_NAMES).join(', ');
    const more = athleteNames.length - LISTED_NAMES;
    return more > 0 ? `${listed} ${t('moreAthletes', { count: more })}` : listed;
  };
}

/** Monday to Sunday, one row per planned session (a day's rows never split across pages), rest days included. */
export function WeekTable({ days, language }: WeekTableProps) {
  const { t } = useTranslation('print');
  const who = useWho();
  return (
    <table className={classes.table}>
      <colgroup>
        {Object.entries(COLUMNS_MM).map(([name, mm]) => (
          <col key={name} style={{ width: `${mm}mm` }} />
        ))}
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>{t('columnDay')}</th>
          <th>{t('columnTime')}</th>
          <th>{t('columnSession')}</th>
          <th>{t('columnStimulus')}</th>
          <th className={classes.number}>{t('columnDuration')}</th>
          <th className={classes.number}>{t('columnRpe')}</th>
          <th className={classes.number}>{t('columnLoad')}</th>
          <th>{t('columnWho')}</th>
          <th>{t('columnNotes')}</th>
        </tr>
      </thead>
      {days.map((day) => (
        <tbody key={day.date} className={classes.day}>
          {day.sessions.length === 0 ? (
            <tr>
              <td className={classes.dayCell}>{formatTableDay(day.date, language)}</td>
              <td colSpan={8} className={classes.rest}>
                {t('restDay')}
              </td>
            </tr>
          ) : (
            day.sessions.map((row, index) => (
              <tr key={row.session.id}>
                {index === 0 ? (
                  <td className={classes.dayCell} rowSpan={day.sessions.length}>
                    {formatTableDay(day.date, language)}
                  </td>
                ) : null}
                <td className={classes.time}>
                  {formatTimeRange(row.session.startTime, row.session.durationMin)}
                </td>
                <td className={classes.sessionTitle}>{row.session.title}</td>
                <td>
                  <span className={classes.stimulus}>
                    <span
                      className={classes.swatch}
                      style={{ background: STIMULUS_COLOURS[row.session.stimulus] }}
                    />
                    {t(`common:stimulus_${row.session.stimulus}`)}
                  </span>
                </td>
                <td className={classes.number}>{t('minutes', { minutes: row.session.durationMin })}</td>
                <td className={classes.number}>{formatNumber(row.session.targetRpe, language)}</td>
                <td className={classes.number}>{formatNumber(row.loadAu, language, 0)}</td>
                <td>{who(row)}</td>
                <td className={classes.muted}>{row.session.description}</td>
              </tr>
            ))
          )}
        </tbody>
      ))}
    </table>
  );
}
