import { useTranslation } from 'react-i18next';
import type { Language, PlanAcknowledgement } from '@shared/model';
import type { PlanWarning } from '@shared/planning/plan-warnings';
import type { PlanWarningText } from '../features/planner/warning-text';
import { formatDate, todayLocalDate } from '../i18n/format';
import classes from './print.module.css';

/** Open warnings listed on a week page before "… and N more" (acknowledged ones are always all listed). */
const LISTED_OPEN = 6;

interface WeekWarningsProps {
  warnings: readonly PlanWarning[];
  acknowledgements: ReadonlyMap<string, PlanAcknowledgement>;
  describe: (warning: PlanWarning) => PlanWarningText;
  language: Language;
}

/** The coach's local date of an ISO timestamp (an acknowledgement at 00:30 belongs to that day, not the UTC one). */
function localDateOf(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp.slice(0, 10) : todayLocalDate(date);
}

function WarningSentence({ text }: { text: PlanWarningText }) {
  return (
    <>
      <span className={classes.warningTitle}>{text.title}</span> {text.detail} {text.athletes}
    </>
  );
}

/**
 * A week's plan warnings: those the coach acknowledged, with their note and the date, then the open
 * ones marked "not acknowledged".
 */
export function WeekWarnings({ warnings, acknowledgements, describe, language }: WeekWarningsProps) {
  const { t } = useTranslation('print');
  const acknowledged = warnings.filter((warning) => acknowledgements.has(warning.id));
  const open = warnings.filter((warning) => !acknowledgements.has(warning.id));
  const hiddenOpen = Math.max(0, open.length - LISTED_OPEN);
  return (
    <div className={classes.warnings}>
      {acknowledged.length > 0 ? (
        <>
          <h2 className={classes.sectionTitle}>{t('acknowledgedTitle')}</h2>
          <ul className={classes.warningList}>
            {acknowledged.map((warning) => {
              const acknowledgement = acknowledgements.get(warning.id);
              const note = acknowledgement?.note.trim() ?? '';
              return (
                <li key={warning.id} className={classes.warning}>
                  <span className={`${classes.warningState} ${classes.acknowledged}`}>
                    {t('acknowledgedOn', {
                      date: acknowledgement
                        ? formatDate(localDateOf(acknowledgement.acknowledgedAt), language)
                        : '',
                    })}
                  </span>
                  <span>
                    <WarningSentence text={describe(warning)} />{' '}
                    <span className={classes.coachNote}>
                      {t('coachNote', { note: note === '' ? t('noNote') : note })}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {open.length > 0 ? (
        <>
          <h2 className={classes.sectionTitle}>{t('openTitle')}</h2>
          <ul className={classes.warningList}>
            {open.slice(0, LISTED_OPEN).map((warning) => (
              <li key={warning.id} className={classes.warning}>
                <span className={`${classes.warningState} ${classes.open}`}>{t('notAcknowledged')}</span>
                <span>
                  <WarningSentence text={describe(warning)} />
                </span>
              </li>
            ))}
          </ul>
          {hiddenOpen > 0 ? <p className={classes.note}>{t('moreOpen', { count: hiddenOpen })}</p> : null}
        </>
      ) : null}
    </div>
  );
}
