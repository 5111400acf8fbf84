import { test } from 'vitest';
import { generateDemoTeam, DEMO_ROLES } from '../../../src/shared/demo';
import type { Session, WellnessEntry } from '@shared/model';
import { addDays, minutesOfDay } from '@shared/time/local-date';
import { composite, mean, dailyLoadByDate } from './demo-test-helpers';

function flagged(entries: readonly WellnessEntry[]): number {
  return entries.slice(-7).filter((entry) => {
    const baseline = entries.filter((o) => o.date < entry.date && o.date >= addDays(entry.date, -28)).map(composite);
    const m = mean(baseline);
    const sd = Math.sqrt(baseline.reduce((s, v) => s + (v - m) ** 2, 0) / (baseline.length - 1));
    const z = baseline.length >= 7 && sd > 0 ? (composite(entry) - m) / sd : 0;
    return z <= -1 || entry.soreness! <= 2 || entry.fatigue! <= 2;
  }).length;
}
test('scratch', () => {
  for (const [seed, today] of [[1, '2026-03-15'], [2, '2026-07-01'], [3, '2025-10-26'], [4, '2026-12-31'], [5, '2027-02-28'], [6, '2026-03-29'], [7, '2026-06-10'], [8, '2026-01-05']] as const) {
    const team = generateDemoTeam({ today, seed });
    const bySid = new Map<string, Session[]>();
    for (const s of team.sessions) { const k = s.athleteId + s.date; bySid.set(k, [...(bySid.get(k) ?? []), s]); }
    let pairs = 0, close = 0, efirst = 0;
    for (const day of bySid.values()) for (const st of day.filter((s) => s.stimulus === 'strength')) for (const en of day.filter((s) => s.stimulus === 'endurance' || s.stimulus === 'hiit')) {
      pairs++; const a = minutesOfDay(st.startTime!), b = minutesOfDay(en.startTime!);
      if (b < a) efirst++; else if ((b - a - st.durationMin) / 60 < 6) close++;
    }
    const flaggedIds = team.athletes.filter((a) => flagged(team.wellness.filter((w) => w.athleteId === a.id)) >= 5).map((a) => a.id.slice(-2));
    const fw = team.wellness.filter((w) => w.athleteId === DEMO_ROLES.sustainedFatigue);
    const ten = addDays(today, -9);
    const fr = mean(fw.filter((w) => w.date >= ten).map(composite)), fe = mean(fw.filter((w) => w.date < ten).map(composite));
    const loads = dailyLoadByDate(team.sessions.filter((s) => s.athleteId === DEMO_ROLES.sustainedFatigue));
    const ml = (from: string, to: string) => { const v: number[] = []; for (let d = from; d <= to; d = addDays(d, 1)) v.push(loads.get(d) ?? 0); return mean(v); };
    const rl = ml(ten, today) / ml(addDays(ten, -28), addDays(ten, -1));
    const rloads = dailyLoadByDate(team.sessions.filter((s) => s.athleteId === DEMO_ROLES.returning));
    const rml = (from: string, to: string) => { const v: number[] = []; for (let d = from; d <= to; d = addDays(d, 1)) v.push(rloads.get(d) ?? 0); return mean(v); };
    const ret = rml(addDays(today, -14), addDays(today, -8)) / rml(addDays(today, -63), addDays(today, -36));
    const hrv = new Set(team.wellness.filter((w) => w.hrvRmssdMs !== undefined).map((w) => w.athleteId)).size;
    const strengthAm = team.sessions.filter((s) => s.stimulus === 'strength');
    const am = strengthAm.filter((s) => minutesOfDay(s.startTime!) < 720).length / strengthAm.length;
    console.log(seed, today, `sessions ${team.sessions.length} well ${team.wellness.length} pairs ${pairs} close ${close} efirst ${efirst} amStrength ${am.toFixed(2)} flagged ${flaggedIds.join(',')} fatigueComp ${fr.toFixed(1)}/${fe.toFixed(1)} loadRatio ${rl.toFixed(2)} returnRatio ${ret.toFixed(2)} hrv ${hrv}`);
  }
});
