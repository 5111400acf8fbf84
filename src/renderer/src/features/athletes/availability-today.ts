import type { AvailabilityEvent } from '@shared/model';
import { AVAILABILITY_SEVERITY } from '../../db';

/**
 * The event in force on `date` (started on or before it, not ended before it): the most severe when
 * several overlap (injured > ill > unavailable > modified), then the latest start — as the roster shows.
 */
export function availabilityInForce(
  events: readonly AvailabilityEvent[],
  date: string,
): AvailabilityEvent | undefined {
  let found: AvailabilityEvent | undefined;
  for (const event of events) {
    if (event.startDate > date || (event.endDate !== undefined && event.endDate < date)) continue;
    const bySeverity = found ? AVAILABILITY_SEVERITY[event.kind] - AVAILABILITY_SEVERITY[found.kind] : 1;
    if (bySeverity > 0 || (bySeverity === 0 && found && event.startDate > found.startDate)) found = event;
  }
  return found;
}
