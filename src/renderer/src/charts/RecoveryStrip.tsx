import { useMemo } from 'react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { RECOVERY_PHASES, type RecoveryPhase } from '@shared/metrics';
import { RECOVERY_CLASSES, type RecoveryClass } from '@shared/model';
import type { ChartRange, RecoveryStrip as RecoveryStripSeries } from './series';
import { COLOURS, Y_AXIS_WIDTH, chartMargin } from './chart-style';
import { ChartCard } from './ChartCard';
import { ChartLegend, type LegendEntry } from './ChartLegend';
import { TopMarkers, XSpans } from './chart-shapes';
import { dayAxisProps } from './day-axis';
import { useChartFormat } from './useChartFormat';

const HEIGHT = 64;
/** Room above the phases for the hard-session markers. */
const MARKER_ROOM = 9;
const MARKER_COLOUR = '#212529';

export const PHASE_COLOURS: Readonly<Record<RecoveryPhase, string>> = {
  acute: COLOURS.acutePhase,
  regeneration: COLOURS.regenerationPhase,
  adaptation: COLOURS.adaptationPhase,
};

/**
 * The recovery phase at every moment of the range (acute, regeneration, adaptation after each hard
 * session; SCIENCE.md, "Recovery phases"), with a marker where each hard session ended.
 */
export function RecoveryStrip({
  strips,
  range,
}: {
  strips: Record<RecoveryClass, RecoveryStripSeries>;
  range: ChartRange;
}) {
  const { t } = useTranslation('charts');
  const empty = RECOVERY_CLASSES.every((recoveryClass) => strips[recoveryClass].reasonIfEmpty !== null);
  const legend: LegendEntry[] = [
    ...RECOVERY_PHASES.map((phase): LegendEntry => ({
      label: t(`phase_${phase}`),
      colour: PHASE_COLOURS[phase],
      mark: 'block',
    })),
    { label: t('hardSession'), colour: MARKER_COLOUR, mark: 'marker' },
  ];
  return (
    <ChartCard
      name="recovery"
      title={t('recoveryTitle')}
      range={range}
      height={HEIGHT * RECOVERY_CLASSES.length}
      reasonIfEmpty={empty ? strips.strength.reasonIfEmpty : null}
      legend={<ChartLegend entries={legend} />}
      note={t('recoveryNote')}
    >
      {(width) => (
        <div>
          {RECOVERY_CLASSES.map((recoveryClass) => (
            <RecoveryLane
              key={recoveryClass}
              strip={strips[recoveryClass]}
              range={range}
              width={width}
              label={t(`recoveryLane_${recoveryClass}`)}
            />
          ))}
        </div>
      )}
    </ChartCard>
  );
}

/** One class's lane: its phases and its hard sessions, labelled with the class. */
function RecoveryLane({
  strip,
  range,
  width,
  label,
}: {
  strip: RecoveryStripSeries;
  range: ChartRange;
  width: number;
  label: string;
}) {
  const format = useChartFormat();
  const spansByPhase = useMemo(
    () =>
      RECOVERY_PHASES.map((phase) => ({
        phase,
        spans: strip.segments
          .filter((segment) => segment.phase === phase)
          .map((segment) => ({ from: segment.fromDay, to: segment.toDay })),
      })),
    [strip],
  );
  const markerDays = useMemo(() => strip.marks.map((mark) => mark.endDay), [strip]);
  // Two points give the axis its domain; the strip itself draws from the segments.
  const frame = [{ day: strip.fromDay }, { day: strip.toDay }];
  return (
    <div data-testid="recovery-lane" aria-label={label} style={{ position: 'relative' }}>
      <span style={{ position: 'absolute', left: 0, top: 2, fontSize: 11, fontWeight: 600 }}>{label}</span>
      <ComposedChart width={width} height={HEIGHT} data={frame} margin={chartMargin(false)}>
        <XAxis {...dayAxisProps(range, width, format.tick, { endExclusive: true })} />
        <YAxis width={Y_AXIS_WIDTH} domain={[0, 1]} tick={false} axisLine={false} tickLine={false} />
        {spansByPhase.map(({ phase, spans }) => (
          <XSpans key={phase} spans={spans} colour={PHASE_COLOURS[phase]} top={MARKER_ROOM} />
        ))}
        <TopMarkers days={markerDays} colour={MARKER_COLOUR} />
      </ComposedChart>
    </div>
  );
}
