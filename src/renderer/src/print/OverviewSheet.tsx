import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { STIMULI, type Language } from '@shared/model';
import { startOfIsoWeek } from '@shared/time/local-date';
import { BlockTable } from './BlockTable';
import { BlockTimeline } from './BlockTimeline';
import { SHEET_CONTENT_ATTRIBUTE } from './fit-sheets';
import { formatDateRange } from './print-format';
import type { PrintPlan } from './print-plan';
import { SHEET_WIDTH_PX } from './sheet-geometry';
import { SheetHeader, type SheetFact } from './SheetHeader';
import { StimulusLegend } from './StimulusLegend';
import { WeeklyLoadChart } from './WeeklyLoadChart';
import classes from './print.module.css';

/** The chart's height in CSS pixels (about 53 mm): the overview then fits its page at full type size. */
const CHART_HEIGHT_PX = 200;

interface OverviewSheetProps {
  plan: PrintPlan;
  language: Language;
  openWarningCount: number;
  acknowledgedWarningCount: number;
}

function heading(plan: PrintPlan, t: TFunction<'print'>, language: Language) {
  const { scope, squad, season } = plan;
  const sessionCount = plan.weeks.reduce(
    (count, week) => count + week.days.reduce((n, day) => n + day.sessions.length, 0),
    0,
  );
  const period = formatDateRange(plan.from, plan.to, language);
  const subtitle = [
    period,
    t('weeks', { count: plan.weeks.length }),
    t('sessions', { count: sessionCount }),
  ].join(' · ');
  const squadFact: SheetFact = { label: t('squad'), value: squad.name };
  const seasonFact: SheetFact = { label: t('season'), value: season.name };
  switch (scope.kind) {
    case 'season':
      return {
        kicker: t('titleSeason'),
        title: season.name,
        subtitle,
        facts: [
          squadFact,
          { label: t('period'), value: formatDateRange(season.startDate, season.endDate, language) },
        ],
      };
    case 'block':
      return {
        kicker: t('titleBlock'),
        title: scope.block.name,
        subtitle,
        facts: [squadFact, seasonFact, { label: t('columnFocus'), value: t(`focus_${scope.block.focus}`) }],
      };
    case 'athlete':
      return {
        kicker: t('titleAthlete'),
        title: scope.athlete.name,
        subtitle,
        facts: [squadFact, seasonFact],
      };
  }
}

/** The first page: what is planned when (block timeline), how much (weekly load), the blocks and the warnings. */
export function OverviewSheet({
  plan,
  language,
  openWarningCount,
  acknowledgedWarningCount,
}: OverviewSheetProps) {
  const { t } = useTranslation('print');
  const stimuli = STIMULI.filter((_, index) =>
    plan.weeks.some((week) => (week.loadAuByStimulus[index] ?? 0) > 0),
  );
  const first = plan.weeks[0];
  const last = plan.weeks.at(-1);
  const from = first?.weekStart ?? startOfIsoWeek(plan.from);
  const to = last?.weekEnd ?? plan.to;
  const chartNote =
    plan.scope.kind === 'athlete'
      ? t('chartNoteAthlete', { athlete: plan.scope.athlete.name })
      : t('chartNoteSquad');
  const warningCount = openWarningCount + acknowledgedWarningCount;
  return (
    <section className={classes.sheet}>
      <div className={classes.content} {...{ [SHEET_CONTENT_ATTRIBUTE]: '' }}>
        <SheetHeader {...heading(plan, t, language)} />
        <h2 className={classes.sectionTitle}>{t('timelineTitle')}</h2>
        <BlockTimeline
          blocks={plan.blocks}
          from={from}
          to={to}
          seasonWeekStart={startOfIsoWeek(plan.season.startDate)}
          language={language}
        />
        <div className={classes.chartHead}>
          <h2 className={classes.sectionTitle}>{t('chartTitle')}</h2>
          <StimulusLegend stimuli={stimuli} />
        </div>
        {plan.scope.kind === 'athlete' && plan.weeks.length === 0 ? (
          <p className={classes.muted}>{t('noSessionsForAthlete', { athlete: plan.scope.athlete.name })}</p>
        ) : (
          <>
            <WeeklyLoadChart
              weeks={plan.weeks}
              width={Math.floor(SHEET_WIDTH_PX)}
              height={CHART_HEIGHT_PX}
              language={language}
            />
            <p className={classes.note}>{chartNote}</p>
          </>
        )}
        <h2 className={classes.sectionTitle}>{t('blocksTitle')}</h2>
        <BlockTable blocks={plan.blockSummaries} language={language} />
        <h2 className={classes.sectionTitle}>{t('warningsTitle')}</h2>
        <p className={classes.warningCounts}>
          {warningCount === 0
            ? t('warningsNone')
            : t('warningsSummary', { open: openWarningCount, acknowledged: acknowledgedWarningCount })}
        </p>
      </div>
    </section>
  );
}
