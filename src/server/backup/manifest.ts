// What a backup says of itself, and the refusals of `npm run backup` / `npm run restore`, each a
// message key (src/i18n/messages/setup: backup.*) with its values.

export const MANIFEST = "ydan-backup.json";

export type Manifest = {
  format: "ydan-embedded-base-backup";
  version: 1;
  createdAt: string;
  /** The server's version, e.g. "18.4": a base backup restores only onto the same major version. */
  postgres: string;
  migrations: string[];
  households: number;
  walFiles: number;
};

export type BackupRefusal =
  "notABackup" | "missingFile" | "inUse" | "otherMajor" | "newerSchema" | "divergedSchema" | "notEmpty" | "noPgDump";

export class BackupError extends Error {
  constructor(
    readonly key: BackupRefusal,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(values)}`);
  }
}
