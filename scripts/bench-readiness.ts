// Readiness figures (issue 12), printed as JSON lines in the format of scripts/bench.mjs:
//   node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.node.json scripts/bench-readiness.ts
// Not a timing: how often the board flags athletes, on a real squad and on the demo's reference morning.
// - readiness.pmdata.*_share: PMData (tests/fixtures/pmdata, a copy of ../shared/data/pmdata/generic)
//   through the headless command's own `metrics --daily` code, every athlete-day from 2019-12-01 to
//   2020-03-30; red/amber/green shares are of the days with data (not grey), grey of all days.
// - readiness.demo.red_count: the demo team on a Wednesday morning (its reference morning), and
//   whether every red or amber athlete is one of the demo's designed cases.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { runMetricsCommand } from '../src/cli/metrics-command';
import { generateDemoTeam } from '@shared/demo';
import { DEMO_ROLES } from '@shared/demo/roles';
import { groupRecordsByAthlete } from '@shared/metrics/inputs';
import { computeAthleteMetrics } from '@shared/metrics/athlete-metrics';
import { summariseAthlete } from '@shared/metrics/athlete-summary';
import { defaultSettings } from '@shared/model/settings';

const PMDATA = fileURLToPath(new URL('../tests/fixtures/pmdata/', import.meta.url));
const FROM = '2019-12-01';
const TO = '2020-03-30';
/** A Wednesday: the day after the demo's hard strength day, two days after its recovery day. */
const DEMO_MORNING = '2026-12-02';

function report(bench: string, value: number, unit: string, target: number | null, isHigherBetter = false) {
  const rounded = Math.round(value * 1000) / 1000;
  const ok = target === null ? null : isHigherBetter ? value >= target : value <= target;
  console.log(JSON.stringify({ bench, value: rounded, unit, target, ok }));
}

function benchPmdata(): void {
  let output = '';
  runMetricsCommand(
    {
      sessionsPath: `${PMDATA}sessions.csv`,
      wellnessPath: `${PMDATA}wellness.csv`,
      asOf: TO,
      isDaily: true,
      format: 'csv',
    },
    {
      readText: (path) => readFileSync(path, 'utf8'),
      writeOut: (text) => {
        output += text;
      },
      writeError: () => undefined,
    },
  );
  const rows = Papa.parse<Record<string, string>>(output, { header: true, skipEmptyLines: true }).data;
  const counts = { red: 0, amber: 0, green: 0, grey: 0 };
  for (const row of rows) {
    const date = row.date ?? '';
    const status = row.readiness_status as keyof typeof counts | undefined;
    if (date < FROM || date > TO || status === undefined || !(status in counts)) continue;
    counts[status] += 1;
  }
  const all = counts.red + counts.amber + counts.green + counts.grey;
  const withData = all - counts.grey;
  report('readiness.pmdata.red_share', counts.red / withData, 'share', 0.05);
  report('readiness.pmdata.amber_share', counts.amber / withData, 'share', 0.25);
  report('readiness.pmdata.green_share', counts.green / withData, 'share', 0.65, true);
  report('readiness.pmdata.grey_share', counts.grey / all, 'share', null);
  report('readiness.pmdata.athlete_days', withData, 'athlete-days', null);
}

function benchDemo(): void {
  const team = generateDemoTeam({ today: DEMO_MORNING });
  const settings = defaultSettings();
  const designed = new Set<string>(Object.values(DEMO_ROLES));
  const statuses = new Map<string, string>();
  for (const input of groupRecordsByAthlete(team)) {
    const metrics = computeAthleteMetrics(input, DEMO_MORNING, settings);
    statuses.set(input.athleteId, summariseAthlete(metrics, input, DEMO_MORNING).readiness.status);
  }
  const red = [...statuses].filter(([, status]) => status === 'red').map(([id]) => id);
  const amber = [...statuses].filter(([, status]) => status === 'amber').map(([id]) => id);
  const count = red.length;
  console.log(
    JSON.stringify({
      bench: 'readiness.demo.red_count',
      value: count,
      unit: `of ${statuses.size} athletes`,
      target: '1–4',
      ok: count >= 1 && count <= 4 && red.every((id) => designed.has(id)),
      red,
    }),
  );
  report('readiness.demo.amber_count', amber.length, `of ${statuses.size} athletes`, null);
  report(
    'readiness.demo.flagged_not_designed',
    [...red, ...amber].filter((id) => !designed.has(id)).length,
    'athletes',
    null,
  );
  report(
    'readiness.demo.green_count',
    [...statuses.values()].filter((s) => s === 'green').length,
    `of ${statuses.size} athletes`,
    null,
  );
}

benchPmdata();
benchDemo();
