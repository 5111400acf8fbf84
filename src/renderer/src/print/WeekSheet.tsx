import { useTranslation } from 'react-i18next';
import type { Block, Language, PlanAcknowledgement } from '@shared/model';
import type { PlanWarning } from '@shared/planning/plan-warnings';
import { daysBetween, startOfIsoWeek } from '@shared/time/local-date';
import type { PlanWarningText } from '../features/planner/warning-text';
import { formatNumber } from '../i18n/format';
import { SHEET_CONTENT_ATTRIBUTE } from './fit-sheets';
import { formatDateRange } from './print-format';
import type { PrintPlan, PrintWeek } from './print-plan';
import { SheetHeader } from './SheetHeader';
import { WeekTable } from './WeekTable';
import { WeekWarnings } from './WeekWarnings';
import classes from './print.module.css';

interface WeekSheetProps {
  plan: PrintPlan;
  week: PrintWeek;
  language: Language;
  acknowledgements: ReadonlyMap<string, PlanAcknowledgement>;
  describe: (warning: PlanWarning) => PlanWarningText;
}

/** Week n of a block (counted from the Monday of its first week) and its number of weeks. */
function blockWeek(block: Block, weekStart: string): { number: number; total: number } {
  const firstMonday = startOfIsoWeek(block.startDate);
  return {
    number: daysBetween(firstMonday, weekStart) / 7 + 1,
    total: Math.ceil((daysBetween(firstMonday, block.endDate) + 1) / 7),
  };
}

/** One page per week: the header (squad · season · block · week and dates), the sessions, the warnings. */
export function WeekSheet({ plan, week, language, acknowledgements, describe }: WeekSheetProps) {
  const { t } = useTranslation('print');
  const subject = [plan.squad.name, plan.season.name];
  if (plan.scope.kind === 'athlete') subject.unshift(plan.scope.athlete.name);
  const blocks =
    week.blocks.length === 0
      ? t('noBlock')
      : week.blocks
          .map((block) => t('weekInBlock', { block: block.name, ...blockWeek(block, week.weekStart) }))
          .join(' / ');
  const sessionCount = week.days.reduce((count, day) => count + day.sessions.length, 0);
  const openCount = week.warnings.filter((warning) => !acknowledgements.has(warning.id)).length;
  return (
    <section className={classes.sheet}>
      <div className={classes.content} {...{ [SHEET_CONTENT_ATTRIBUTE]: '' }}>
        <SheetHeader
          kicker={subject.join(' · ')}
          title={`${t('weekTitle', { number: week.seasonWeek, iso: week.isoWeek })} · ${formatDateRange(week.weekStart, week.weekEnd, language)}`}
          subtitle={`${blocks} · ${t('weekOfSeason', { number: week.seasonWeek, total: plan.seasonWeekCount })}`}
          facts={[
            { label: t('columnSessions'), value: String(sessionCount) },
            {
              label: t('plannedLoad'),
              value: t('loadValue', { load: formatNumber(week.loadAu, language, 0) }),
            },
            {
              label: t('warningsLabel'),
              value: t('warningsFact', { open: openCount, acknowledged: week.warnings.length - openCount }),
            },
          ]}
        />
        <WeekTable days={week.days} language={language} />
        <WeekWarnings
          warnings={week.warnings}
          acknowledgements={acknowledgements}
          describe={describe}
          language={language}
        />
      </div>
    </section>
  );
}
