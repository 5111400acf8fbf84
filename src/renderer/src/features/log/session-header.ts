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

const TYPED_TIME = /^(\d{1,2})(?:[:.h](\d{2})(?::\d{2})?)?$/;
const TYPED_TIME_DIGITS = /^(\d{1,2})(\d{2})$/;

/**
 * A start time as coaches type it, always on the 24-hour clock: `6:15`, `6.15`, `0615`, `615`, `18`
 * or `18:00:00` become `06:15`, `06:15`, `06:15`, `06:15`, `18:00` and `18:00`. Text that is no time
 * comes back trimmed, for the schema to refuse.
 */
export function normaliseStartTime(text: string): string {
  const trimmed = text.trim();
  const match = TYPED_TIME.exec(trimmed) ?? TYPED_TIME_DIGITS.exec(trimmed);
  if (!match?.[1]) return trimmed;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return trimmed;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
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
