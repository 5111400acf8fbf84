import { SessionSchema, type AvailabilityKind, type Session } from '@shared/model';
import { parseCell, issueFromZod, withoutId, type CellIssue } from './cell-issues';
import { checkSessionHeader, type SessionHeader, type SessionHeaderIssues } from './session-header';
import { computeSessionLoadAu } from '@shared/metrics/session-load';

/** One row of the team grid: an athlete of the squad and their availability on the day. */
export interface GridAthlete {
  id: string;
  name: string;
  availabilityKind?: AvailabilityKind;
}

/** What the coach typed in one row; `isPresent` is unset until the coach decides. */
export interface TeamRowDraft {
  isPresent?: boolean;
  rpe: string;
  durationMin: string;
}

export type TeamDrafts = Readonly<Record<string, TeamRowDraft | undefined>>;
export type TeamRowField = 'rpe' | 'durationMin';
export type TeamRowIssues = Partial<Record<TeamRowField, CellIssue>>;

/** A session ready for `addSessions` (the repository gives it its id). */
export type TeamSessionInput = Omit<Session, 'id'>;

export interface TeamGridCheck {
  headerIssues: SessionHeaderIssues;
  /** Issues by athlete id; rows without issues are absent. */
  rowIssues: ReadonlyMap<string, TeamRowIssues>;
  /** Sessions of the present athletes, in row order; complete only when `isValid`. */
  inputs: TeamSessionInput[];
  presentCount: number;
  isValid: boolean;
}

/** A present athlete without an RPE: the coach types one or marks the athlete absent. */
export const RPE_OR_ABSENT: CellIssue = {
  code: 'requiredOrAbsent',
  message: 'Enter an RPE or mark the athlete absent',
};

const EMPTY_DRAFT: TeamRowDraft = { rpe: '', durationMin: '' };
const ABSENT_BY_DEFAULT: ReadonlySet<AvailabilityKind> = new Set(['injured', 'ill', 'unavailable']);
const { shape } = SessionSchema;

/** Injured, ill and unavailable athletes start as not present; "modified training" still trains. */
export function isPresentByDefault(kind: AvailabilityKind | undefined): boolean {
  return kind === undefined || !ABSENT_BY_DEFAULT.has(kind);
}

export function draftOf(drafts: TeamDrafts, athleteId: string): TeamRowDraft {
  return drafts[athleteId] ?? EMPTY_DRAFT;
}

export function isRowPresent(athlete: GridAthlete, drafts: TeamDrafts): boolean {
  return draftOf(drafts, athlete.id).isPresent ?? isPresentByDefault(athlete.availabilityKind);
}

/** Typing an RPE for an athlete marks them present. */
export function withRpe(drafts: TeamDrafts, athleteId: string, text: string): TeamDrafts {
  const draft = draftOf(drafts, athleteId);
  const isPresent = text.trim() === '' ? draft.isPresent : true;
  return { ...drafts, [athleteId]: { ...draft, rpe: text, isPresent } };
}

export function withPresence(drafts: TeamDrafts, athleteId: string, isPresent: boolean): TeamDrafts {
  return { ...drafts, [athleteId]: { ...draftOf(drafts, athleteId), isPresent } };
}

export function withDurationOverride(drafts: TeamDrafts, athleteId: string, text: string): TeamDrafts {
  return { ...drafts, [athleteId]: { ...draftOf(drafts, athleteId), durationMin: text } };
}

/** Clears the rows of the given athletes (after saving them); other rows keep what was typed. */
export function withoutRows(drafts: TeamDrafts, athleteIds: readonly string[]): TeamDrafts {
  const cleared = new Set(athleteIds);
  return Object.fromEntries(Object.entries(drafts).filter(([athleteId]) => !cleared.has(athleteId)));
}

/**
 * Checks the header and every present row with the session schema, and builds the sessions to save.
 * Absent rows are neither checked nor saved. A present row needs an RPE; an empty duration cell uses
 * the header's duration.
 */
export function checkTeamGrid(
  header: SessionHeader,
  athletes: readonly GridAthlete[],
  drafts: TeamDrafts,
): TeamGridCheck {
  const checkedHeader = checkSessionHeader(header);
  const rowIssues = new Map<string, TeamRowIssues>();
  const inputs: TeamSessionInput[] = [];
  let presentCount = 0;

  for (const athlete of athletes) {
    if (!isRowPresent(athlete, drafts)) continue;
    presentCount += 1;
    const draft = draftOf(drafts, athlete.id);
    const issues: TeamRowIssues = {};

    const rpe = parseCell(draft.rpe, shape.sessionRpe);
    if (rpe.kind === 'empty') issues.rpe = RPE_OR_ABSENT;
    else if (rpe.kind === 'issue') issues.rpe = rpe.issue;

    let durationMin = checkedHeader.durationMin;
    const override = parseCell(draft.durationMin, shape.durationMin);
    if (override.kind === 'issue') issues.durationMin = override.issue;
    else if (override.kind === 'number') durationMin = override.value;

    if (
      rpe.kind === 'number' &&
      override.kind !== 'issue' &&
      durationMin !== undefined &&
      checkedHeader.date
    ) {
      const parsed = SessionSchema.safeParse({
        id: 'new',
        athleteId: athlete.id,
        date: checkedHeader.date,
        ...(checkedHeader.startTime === undefined ? {} : { startTime: checkedHeader.startTime }),
        stimulus: header.stimulus,
        durationMin,
        sessionRpe: rpe.value,
        notes: '',
        source: 'team',
      });
      if (parsed.success) {
        inputs.push(withoutId(parsed.data));
      } else if (parsed.error.issues[0]) {
        issues.rpe = issueFromZod(parsed.error.issues[0]);
      }
    }
    if (Object.keys(issues).length > 0) rowIssues.set(athlete.id, issues);
  }

  const isValid =
    Object.keys(checkedHeader.issues).length === 0 && rowIssues.size === 0 && inputs.length === presentCount;
  return { headerIssues: checkedHeader.issues, rowIssues, inputs, presentCount, isValid };
}

/** Session load (AU) = RPE × duration (Foster 2001), for the row preview; undefined until both are valid. */
export function previewLoadAu(draft: TeamRowDraft, headerDurationText: string): number | undefined {
  const rpe = parseCell(draft.rpe, shape.sessionRpe);
  const override = parseCell(draft.durationMin, shape.durationMin);
  const duration = override.kind === 'empty' ? parseCell(headerDurationText, shape.durationMin) : override;
  if (rpe.kind !== 'number' || duration.kind !== 'number') return undefined;
  return computeSessionLoadAu(rpe.value, duration.value);
}
