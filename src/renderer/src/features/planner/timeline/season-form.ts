import type { BlockTemplate, Season } from '@shared/model';
import { isoWeekday } from '@shared/time/local-date';
import { overlappingSeasons, sequenceEndDate } from './season-builder';

/** The new-season dialog's fields (dates null while empty or unreadable). */
export interface NewSeasonForm {
  name: string;
  startDate: string | null;
  /** Blocks back to back from the templates, or an empty season to a chosen end date. */
  mode: 'templates' | 'empty';
  templates: readonly BlockTemplate[];
  endDate: string | null;
}

export interface NewSeasonCheck {
  nameMissing: boolean;
  startMissing: boolean;
  startNotMonday: boolean;
  noTemplates: boolean;
  endMissing: boolean;
  endBeforeStart: boolean;
  /** The season's last day: the last block's end, or the chosen end date. */
  endDate: string | null;
  totalWeeks: number;
  /** The seasons given that share days with the new one: a warning, creating is still allowed. */
  overlapping: Season[];
  isValid: boolean;
}

/**
 * The seasons a new season of `squadId` must not overlap unnoticed: the squad's own and the club-wide
 * ones (without a squad), which hold for every squad.
 */
export function seasonsSharedBy<T extends Pick<Season, 'squadId'>>(
  seasons: readonly T[],
  squadId: string,
): T[] {
  return seasons.filter((season) => season.squadId === undefined || season.squadId === squadId);
}

/** Checks the new season: a name, a Monday start, at least one template or an end date not before the start. */
export function checkNewSeasonForm(form: NewSeasonForm, existing: readonly Season[]): NewSeasonCheck {
  const { startDate } = form;
  const fromTemplates = form.mode === 'templates';
  const totalWeeks = fromTemplates ? form.templates.reduce((sum, template) => sum + template.weeks, 0) : 0;
  const endDate =
    startDate === null
      ? null
      : fromTemplates
        ? form.templates.length > 0
          ? sequenceEndDate(
              startDate,
              form.templates.map((template) => template.weeks),
            )
          : null
        : form.endDate;
  const check = {
    nameMissing: form.name.trim() === '',
    startMissing: startDate === null,
    startNotMonday: startDate !== null && isoWeekday(startDate) !== 1,
    noTemplates: fromTemplates && form.templates.length === 0,
    endMissing: !fromTemplates && form.endDate === null,
    endBeforeStart: !fromTemplates && startDate !== null && form.endDate !== null && form.endDate < startDate,
  };
  const overlapping =
    startDate !== null && endDate !== null && endDate >= startDate
      ? overlappingSeasons({ startDate, endDate }, existing)
      : [];
  return {
    ...check,
    endDate,
    totalWeeks,
    overlapping,
    isValid: Object.values(check).every((problem) => !problem),
  };
}
