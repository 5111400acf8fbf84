/** The repository layer: every read and write of the athlete database goes through these functions. */
export { CoachDatabase, DATABASE_NAME, type SettingsRow } from './database';
export {
  DuplicateCheckinError,
  RecordNotFoundError,
  ValidationError,
  type CheckinConflict,
  type RowIssue,
} from './errors';
export { WRITE_CHUNK_SIZE, type ProgressCallback } from './chunked-write';
export { type DateRange } from './date-range';
export {
  createRosterResolver,
  normalizeAthleteName,
  type NameResolution,
  type RosterResolver,
} from './athlete-names';
export {
  compareByName,
  createAthletesByName,
  getAthlete,
  listAthletes,
  listSquads,
  saveAthlete,
  saveSquad,
  setAthleteArchived,
  setArchivedForAthletes,
  setSquadForAthletes,
  type AthleteDraft,
  type SquadAssignment,
  type SquadDraft,
} from './athletes-repo';
export {
  addSessions,
  compareSessions,
  countSessions,
  deleteSession,
  listSessionsAt,
  listSessionsForAthlete,
  updateSession,
  type SessionDraft,
} from './sessions-repo';
export {
  addWellnessEntries,
  countWellness,
  deleteWellnessEntry,
  listWellnessForAthlete,
  listWellnessOnDate,
  updateWellnessEntry,
  type WellnessDraft,
} from './wellness-repo';
export {
  AVAILABILITY_SEVERITY,
  addAvailabilityEvent,
  addAvailabilityForAthletes,
  availabilityOn,
  deleteAvailabilityEvent,
  listAvailabilityForAthlete,
  updateAvailabilityEvent,
  type AvailabilityDraft,
} from './availability-repo';
export { SETTINGS_ROW_ID, getSettings, saveSettings } from './settings-repo';
export { clearDatabase, isDatabaseEmpty, loadTeam, type TeamData } from './seed-repo';
export {
  importSessions,
  importWellness,
  type ImportBatch,
  type ImportResult,
  type ImportedSessionRow,
  type ImportedWellnessRow,
} from './import-repo';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, exportDatabase, type DatabaseBackup } from './backup-repo';
export { BackupInterruptedError, exportDatabaseChunks, type StreamedExportOptions } from './backup-stream';
export { trackChanges, type ChangeTracker } from './change-tracker';
export {
  BACKUP_TABLE_NAMES,
  BackupFileError,
  readBackup,
  readBackupChunks,
  restoreDatabase,
  writeBackup,
  type BackupCounts,
  type BackupFileProblem,
  type BackupTableName,
  type RestorableBackup,
} from './restore-repo';
export {
  acknowledgeWarning,
  addBlockWithSessions,
  copyWeek,
  deleteBlock,
  deletePlannedSessions,
  deleteSeason,
  deleteTemplate,
  listAcknowledgements,
  listBlocks,
  listCustomTemplates,
  listPlannedSessions,
  listSeasonsForSquad,
  loadPlanAthletes,
  moveBlock,
  removeAcknowledgement,
  saveBlock,
  savePlannedSessions,
  saveSeason,
  saveTemplate,
} from './plan-repo';
export { lastRecordDate, type LastRecordOptions } from './record-dates';
