import { liveQuery, type Subscription } from 'dexie';
import type { Athlete, Settings } from '@shared/model';
import { countRuleFiring } from '@shared/metrics';
import type { CoachDatabase } from '../db/database';
import { getSettings } from '../db/settings-repo';
import { listAthletes } from '../db/athletes-repo';
import { listSessionsForAthlete } from '../db/sessions-repo';
import { listWellnessForAthlete } from '../db/wellness-repo';
import { listAvailabilityForAthlete } from '../db/availability-repo';
import { buildTeamEntry, type AthleteRecordSet, type TeamEntry } from './team-entry';
import { buildTodayRows } from './today-view';
import { buildRecoveryMapView } from './recovery-map-view';
import { buildTeamLoadView } from './team-load-view';
import { isInSquad } from './team-entry';
import type { FromTeamService, TeamQuery, TeamQueryResults } from './team-protocol';

interface PendingQuery {
  id: number;
  query: TeamQuery;
}

/**
 * Keeps every active athlete's series in memory and answers the team screens' queries
 * (ARCHITECTURE.md, "Scale"). It watches the database with live queries — the roster and settings
 * as a whole, each athlete's records on their own — so an edit recomputes only that athlete, and it
 * computes lazily, when a screen asks. Runs in a Web Worker (team-metrics.worker.ts) or, where no
 * worker can start, on the page itself; the code is the same.
 */
export class TeamMetricsService {
  private readonly athletes = new Map<string, Athlete>();
  private readonly records = new Map<string, AthleteRecordSet>();
  private readonly entries = new Map<string, TeamEntry>();
  private readonly recordSubscriptions = new Map<string, Subscription>();
  private teamSubscription: Subscription | null = null;
  private settings: Settings | null = null;
  private settingsKey = '';
  private asOf = '';
  private revision = 0;
  private isChangeScheduled = false;
  private pending: PendingQuery[] = [];

  constructor(
    private readonly db: CoachDatabase,
    private readonly emit: (message: FromTeamService) => void,
  ) {}

  start(): void {
    const team = liveQuery(async () => {
      const [athletes, settings] = await Promise.all([listAthletes(this.db), getSettings(this.db)]);
      return { athletes, settings };
    });
    this.teamSubscription = team.subscribe({
      next: ({ athletes, settings }) => this.handleTeam(athletes, settings),
      error: (error: unknown) => this.failPending(error),
    });
  }

  stop(): void {
    this.teamSubscription?.unsubscribe();
    for (const subscription of this.recordSubscriptions.values()) subscription.unsubscribe();
    this.recordSubscriptions.clear();
  }

  query(id: number, query: TeamQuery): void {
    this.pending.push({ id, query });
    this.answerPending();
  }

  private handleTeam(athletes: readonly Athlete[], settings: Settings): void {
    const settingsKey = JSON.stringify(settings);
    if (settingsKey !== this.settingsKey) {
      this.settings = settings;
      this.settingsKey = settingsKey;
      this.entries.clear();
    }
    const ids = new Set(athletes.map((athlete) => athlete.id));
    for (const id of [...this.athletes.keys()].filter((known) => !ids.has(known))) {
      this.recordSubscriptions.get(id)?.unsubscribe();
      this.recordSubscriptions.delete(id);
      this.athletes.delete(id);
      this.records.delete(id);
      this.entries.delete(id);
    }
    for (const athlete of athletes) {
      const known = this.athletes.get(athlete.id);
      if (known && JSON.stringify(known) === JSON.stringify(athlete)) continue;
      this.athletes.set(athlete.id, athlete);
      this.entries.delete(athlete.id);
      if (!known) this.watchRecords(athlete.id);
    }
    this.handleChange();
  }

  private watchRecords(athleteId: string): void {
    const records = liveQuery(async (): Promise<AthleteRecordSet> => {
      const [sessions, wellness, availability] = await Promise.all([
        listSessionsForAthlete(this.db, athleteId),
        listWellnessForAthlete(this.db, athleteId),
        listAvailabilityForAthlete(this.db, athleteId),
      ]);
      return { sessions, wellness, availability };
    });
    const subscription = records.subscribe({
      next: (set) => {
        if (!this.athletes.has(athleteId)) return;
        this.records.set(athleteId, set);
        this.entries.delete(athleteId);
        this.handleChange();
      },
      error: (error: unknown) => this.failPending(error),
    });
    this.recordSubscriptions.set(athleteId, subscription);
  }

  private loadedAthleteCount(): number {
    let count = 0;
    for (const id of this.athletes.keys()) if (this.records.has(id)) count += 1;
    return count;
  }

  private isLoaded(): boolean {
    return this.settings !== null && this.loadedAthleteCount() === this.athletes.size;
  }

  /** Every data change bumps the revision; screens hear of it once per burst of changes. */
  private handleChange(): void {
    this.revision += 1;
    if (!this.isLoaded()) {
      this.emit({
        type: 'progress',
        loadedAthletes: this.loadedAthleteCount(),
        totalAthletes: this.athletes.size,
      });
      return;
    }
    this.answerPending();
    if (this.isChangeScheduled) return;
    this.isChangeScheduled = true;
    setTimeout(() => {
      this.isChangeScheduled = false;
      this.emit({ type: 'changed', revision: this.revision });
    }, 0);
  }

  private answerPending(): void {
    if (!this.isLoaded()) return;
    const queries = this.pending;
    this.pending = [];
    for (const { id, query } of queries) {
      try {
        this.emit({ type: 'result', id, revision: this.revision, result: this.answer(query) });
      } catch (error) {
        this.emit({ type: 'error', id, message: messageOf(error) });
      }
    }
  }

  private failPending(error: unknown): void {
    const queries = this.pending;
    this.pending = [];
    for (const { id } of queries) this.emit({ type: 'error', id, message: messageOf(error) });
  }

  private answer(query: TeamQuery): TeamQueryResults[TeamQuery['type']] {
    const entries = this.currentEntries(query.today);
    const settings = this.requireSettings();
    switch (query.type) {
      case 'today':
        return buildTodayRows(entries, clampDate(query.date, this.asOf));
      case 'recovery-map':
        return buildRecoveryMapView(
          entries,
          clampDate(query.date, this.asOf),
          settings.readiness.morningTime,
          settings.readiness.noDataGreyAfterDays,
        );
      case 'rule-firing': {
        const { date, squadId, ruleId, dayCount } = query;
        const members = entries.filter((entry) => isInSquad(entry.athlete, squadId));
        return countRuleFiring(members, ruleId, clampDate(date, this.asOf), dayCount);
      }
      case 'team-load': {
        const { date, squadId, weeks } = query;
        const members = entries.filter((entry) => isInSquad(entry.athlete, squadId));
        return buildTeamLoadView(members, { date: clampDate(date, this.asOf), squadId, weeks }, settings);
      }
    }
  }

  private requireSettings(): Settings {
    if (this.settings === null) throw new Error('The settings have not loaded yet');
    return this.settings;
  }

  /** Every athlete's series up to `today`, recomputing only those whose records changed. */
  private currentEntries(today: string): TeamEntry[] {
    if (today !== this.asOf) {
      this.asOf = today;
      this.entries.clear();
    }
    const settings = this.requireSettings();
    const entries: TeamEntry[] = [];
    for (const [id, athlete] of this.athletes) {
      let entry = this.entries.get(id);
      const records = this.records.get(id);
      if (!entry && records) {
        entry = buildTeamEntry(athlete, records, today, settings);
        this.entries.set(id, entry);
      }
      if (entry) entries.push(entry);
    }
    return entries;
  }
}

/** A date after the as-of date shows the as-of date: nothing is known of the future. */
function clampDate(date: string, asOf: string): string {
  return date > asOf ? asOf : date;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
