import { SessionSchema, type Stimulus } from '@shared/model';
import { issueFromZod, parseCell, requiredIssue, withoutId, type CellIssue } from './cell-issues';
import { checkSessionHeader } from './session-header';
import type { TeamSessionInput } from './team-grid';

/** The single-session form as typed. */
export interface SingleSessionForm {
  athleteId: string | null;
  date: string | null;
  startTime: string;
  stimulus: Stimulus;
  durationMin: string;
  rpe: string;
  notes: string;
}

export type SingleSessionField = 'athlete' | 'date' | 'startTime' | 'stimulus' | 'durationMin' | 'rpe' | 'notes';
export type SingleSessionIssues = Partial<Record<SingleSessionField, CellIssue>>;

export interface SingleSessionCheck {
  issues: SingleSessionIssues;
  /** The session to save, only when the form is valid. */
  input: TeamSessionInput | undefined;
}

const { shape } = SessionSchema;

/** Checks the form with the session schema; a session the coach logs alone has source "manual". */
export function checkSingleSession(form: SingleSessionForm): SingleSessionCheck {
  const header = checkSessionHeader(form);
  const issues: SingleSessionIssues = { ...header.issues };
  if (!form.athleteId) issues.athlete = requiredIssue();

  const rpe = parseCell(form.rpe, shape.sessionRpe);
  if (rpe.kind === 'empty') issues.rpe = requiredIssue();
  else if (rpe.kind === 'issue') issues.rpe = rpe.issue;

  const notes = shape.notes.safeParse(form.notes);
  if (!notes.success && notes.error.issues[0]) issues.notes = issueFromZod(notes.error.issues[0]);

  if (Object.keys(issues).length > 0 || rpe.kind !== 'number') return { issues, input: undefined };
  const parsed = SessionSchema.safeParse({
    id: 'new',
    athleteId: form.athleteId,
    date: header.date,
    ...(header.startTime === undefined ? {} : { startTime: header.startTime }),
    stimulus: form.stimulus,
    durationMin: header.durationMin,
    sessionRpe: rpe.value,
    notes: form.notes.trim(),
    source: 'manual',
  });
  if (parsed.success) return { issues, input: withoutId(parsed.data) };
  const first = parsed.error.issues[0];
  return { issues: first ? { rpe: issueFromZod(first) } : { rpe: requiredIssue() }, input: undefined };
}
