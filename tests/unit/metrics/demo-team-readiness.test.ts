import { describe, expect, it } from 'vitest';
import { DEMO_ROLES, generateDemoTeam } from '@shared/demo';
import { groupRecordsByAthlete } from '@shared/metrics/inputs';
import { listHardSessions } from '@shared/metrics/recovery-phase';
import { computeTeamMetrics } from '@shared/metrics/team-metrics';
import { defaultSettings } from '@shared/model/settings';

/** The demo team's stories must be found by the engine: the dashboard shows them to a new coach. */
describe('engine on the demo team', () => {
  const today = '2026-11-21';
  const team = generateDemoTeam({ today });
  const inputs = groupRecordsByAthlete(team);
  const results = computeTeamMetrics(inputs, today, defaultSettings());
  const summaryOf = (athleteId: string) => {
    const found = results.find((entry) => entry.summary.athleteId === athleteId);
    if (!found) throw new Error(`no ${athleteId}`);
    return found;
  };
  const rulesOf = (athleteId: string) =>
    summaryOf(athleteId).summary.readiness.reasons.map((reason) => reason.ruleId);

  it('gives every athlete a status with reasons', () => {
    expect(results).toHaveLength(team.athletes.length);
    for (const { summary } of results) {
      expect(['red', 'amber', 'green', 'grey']).toContain(summary.readiness.status);
      expect(summary.historyDays).toBeGreaterThan(28);
    }
  });

  it('flags sustained fatigue on the overloaded athlete, amber or red', () => {
    const { summary } = summaryOf(DEMO_ROLES.sustainedFatigue);
    expect(summary.isSustainedFatigue).toBe(true);
    expect(rulesOf(DEMO_ROLES.sustainedFatigue)).toContain('sustained-fatigue');
    expect(['amber', 'red']).toContain(summary.readiness.status);
  });

  it("finds the returning athlete's break (injury about 5 to 2 weeks ago)", () => {
    const { summary } = summaryOf(DEMO_ROLES.returning);
    expect(rulesOf(DEMO_ROLES.returning)).toContain('returning-from-break');
    // The injury (days 35 … 15 ago) is both an ended availability event and a gap without sessions.
    expect(summary.returning?.breakDays).toBeGreaterThanOrEqual(14);
    expect(summary.returning?.isOngoing).toBe(false);
    expect(summary.returning?.preBreakChronicWeeklyLoadAu).toBeGreaterThan(0);
  });

  it("scales the veteran's recovery phases by 1.5 and shows modified training", () => {
    const { metrics } = summaryOf(DEMO_ROLES.veteran);
    if (!metrics) throw new Error('series were not kept');
    const hardSessions = listHardSessions(metrics.hardSessions);
    expect(hardSessions.length).toBeGreaterThan(0);
    expect(hardSessions.every((session) => session.ageFactor === 1.5)).toBe(true);
    expect(rulesOf(DEMO_ROLES.modifiedTraining)).toContain('availability');
  });
});
