/**
 * Session load in arbitrary units: CR-10 session RPE × duration in minutes
 * (Foster et al. 2001, J Strength Cond Res 15:109; SCIENCE.md, "Load").
 */
export function computeSessionLoadAu(sessionRpe: number, durationMin: number): number {
  return sessionRpe * durationMin;
}
