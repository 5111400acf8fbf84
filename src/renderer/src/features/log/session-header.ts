import { SessionSchema, type Stimulus } from '@shared/model';
import { parseCell, requiredIssue, issueFromZod, type CellIssue } from './cell-issues';

/** What a team or single session shares with every athlete in it, as typed. */
export interface SessionHeader {
  date: string | null;
  startTime: string;
  stimulus: Stimulus;
  durationMin: string;
}

export type SessionHeaderField = 'date' | 'startTime' | 'stimulus' | 'durationMin';
export type SessionHeaderIssues = Partial<Record<SessionHeaderField, CellIssue>>;

/** The header as it goes into every session, or undefined fields where the header has a problem. */
export interface CheckedSessionHeader {
  issues: SessionHeaderIssues;
  date: string | undefined;
  startTime: string | undefined;
  durationMin: number | undefined;
}

const { shape } = SessionSchema;

/** A native time input may add seconds ("18:00:00"); sessions keep HH:MM. */
export function normaliseStartTime(text: string): string {
  const trimmed = text.trim();
  return /^\d{2}:\d{2}:\d{2}$/.test(trimmed) ? trimmed.slice(0, 5) : trimmed;
}

/** Checks date, start time, stimulus and duration with the session schema's own field rules. */
export function checkSessionHeader(header: SessionHeader): CheckedSessionHeader {
  const issues: SessionHeaderIssues = {};
  let date: string | undefined;
  if (header.date === null || header.date === '') {
    issues.date = requiredIssue();
  } else {
    const parsed = shape.date.safeParse(header.date);
    if (parsed.success) date = parsed.data;
    else if (parsed.error.issues[0]) issues.date = issueFromZod(parsed.error.issues[0]);
  }

  let startTime: string | undefined;
  const time = normaliseStartTime(header.startTime);
  if (time !== '') {
    const parsed = shape.startTime.safeParse(time);
    if (parsed.success) startTime = parsed.data;
    else if (parsed.error.issues[0]) issues.startTime = issueFromZod(parsed.error.issues[0]);
  }

  const stimulus = shape.stimulus.safeParse(header.stimulus);
  if (!stimulus.success && stimulus.error.issues[0]) issues.stimulus = issueFromZod(stimulus.error.issues[0]);

  let durationMin: number | undefined;
  const duration = parseCell(header.durationMin, shape.durationMin);
  if (duration.kind === 'empty') issues.durationMin = requiredIssue();
  else if (duration.kind === 'issue') issues.durationMin = duration.issue;
  else durationMin = duration.value;

  return { issues, date, startTime, durationMin };
}
