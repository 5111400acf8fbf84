import type { MetricsSession } from '@shared/metrics/inputs';
import { addDays } from '@shared/time/local-date';

/** `days` days of one 300 AU session (RPE 5 × 60 min at 09:00, not hard) ending on `lastDate`. */
export function steadyTraining(lastDate: string, days: number): MetricsSession[] {
  return Array.from({ length: days }, (_, i) => ({
    date: addDays(lastDate, i - days + 1),
    startTime: '09:00',
    durationMin: 60,
    sessionRpe: 5,
    stimulus: 'endurance' as const,
  }));
}
