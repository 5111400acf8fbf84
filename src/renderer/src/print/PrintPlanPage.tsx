import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import { useEffect, useMemo, useRef } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AUTO_PRINT_PARAM, PrintRequestSchema, type PrintRequest } from '@shared/print';
import { useDescribePlanWarning, type PlanTextLookups } from '../features/planner/warning-text';
import { OverviewSheet } from './OverviewSheet';
import { SHEET_STYLE } from './sheet-geometry';
import { usePrintPlan } from './usePrintPlan';
import { usePrintReady } from './usePrintReady';
import { WeekSheet } from './WeekSheet';
import classes from './print.module.css';

/** The squad of a club-wide season (see usePrintPlan): `?squad=<id>`. */
export const PRINT_SQUAD_PARAM = 'squad';

const NO_LOOKUPS: PlanTextLookups = {};

/**
 * The plan as printed pages (ARCHITECTURE.md, "PDF"): an overview page, then one page per week.
 * Routed outside the app layout (no navigation), printed by Electron's printToPDF, by the browser's
 * print dialog (`?autoprint=1`) and by Playwright's page.pdf with the same options.
 */
export function PrintPlanPage({ kind }: { kind: PrintRequest['kind'] }) {
  const { t } = useTranslation('print');
  const { seasonId, blockId, athleteId } = useParams();
  const [searchParams] = useSearchParams();
  const request = useMemo(() => {
    const parsed = PrintRequestSchema.safeParse({ kind, seasonId, blockId, athleteId });
    return parsed.success ? parsed.data : null;
  }, [kind, seasonId, blockId, athleteId]);
  const state = usePrintPlan(request, searchParams.get(PRINT_SQUAD_PARAM));
  const containerRef = useRef<HTMLDivElement>(null);
  usePrintReady(state, containerRef, searchParams.get(AUTO_PRINT_PARAM) === '1');
  const lookups = useMemo(
    () =>
      state.status === 'ready'
        ? { sessionsById: state.sessionsById, athletes: state.athletes, blocks: state.plan.blocks }
        : NO_LOOKUPS,
    [state],
  );
  const describe = useDescribePlanWarning(lookups);
  const title = state.status === 'ready' ? `${state.plan.squad.name} – ${state.plan.season.name}` : null;
  useEffect(() => {
    // The browser's "Save as PDF" offers the page title as the file name.
    if (title === null) return undefined;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  if (state.status !== 'ready') {
    return (
      <div className={classes.root} style={SHEET_STYLE}>
        <p className={classes.status} role={state.status === 'error' ? 'alert' : 'status'}>
          {state.status === 'error' ? state.message : t('loading')}
        </p>
      </div>
    );
  }
  const { plan, language, acknowledgements } = state;
  const acknowledgedCount = plan.warnings.filter((warning) => acknowledgements.has(warning.id)).length;
  return (
    <div ref={containerRef} className={classes.root} style={SHEET_STYLE} lang={language}>
      <OverviewSheet
        plan={plan}
        language={language}
        openWarningCount={plan.warnings.length - acknowledgedCount}
        acknowledgedWarningCount={acknowledgedCount}
      />
      {plan.weeks.map((week) => (
        <WeekSheet
          key={week.weekStart}
          plan={plan}
          week={week}
          language={language}
          acknowledgements={acknowledgements}
          describe={describe}
        />
      ))}
    </div>
  );
}
