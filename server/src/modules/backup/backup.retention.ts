/** Backups are folders named `xunkao-backup-<UTC timestamp>`, so names sort by age. */
export const BACKUP_PREFIX = 'xunkao-backup-';

export function backupName(at: Date): string {
  return `${BACKUP_PREFIX}${at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
}

/** The completed backups to delete so that the newest `keep` remain (M7: a configured number of dailies). */
export function backupsToPrune(names: string[], keep: number): string[] {
  const complete = names.filter((n) => n.startsWith(BACKUP_PREFIX) && !n.endsWith('.partial')).sort();
  return complete.slice(0, Math.max(0, complete.length - keep));
}
