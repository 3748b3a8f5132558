import type { setupVi } from "./vi";
import type { Strings } from "../strings";

export const setupEn: Strings<typeof setupVi> = {
  fields: {
    provinceCode: "Province code",
    provinceName: "Province name",
    communeCode: "Commune code",
    communeName: "Commune name",
    communeKind: "Kind of unit",
    adminUsername: "Administrator's username",
    adminPassword: "Administrator's password",
    adminName: "Administrator's full name",
    token: "Setup token",
  },
  hints: {
    provinceCode: "2 digits from the list of administrative units, e.g. 51 (Quảng Ngãi).",
    provinceName: "Needed only when the province is not in the system yet.",
    communeCode: "5 digits from the list of administrative units.",
    communeName: "The name alone, without “xã” or “phường”, e.g. “Tịnh Khê”. The unit's web address is made from it.",
    communeKind: "Commune, ward or special zone, as in the resolution that arranged the administrative units.",
    adminUsername:
      "3–40 characters: lower-case letters without accents, digits and . _ -. Usernames are unique across the whole system.",
    adminPassword:
      "Leave it blank to have a strong password generated (shown once). If you choose one: at least 10 characters, with digits and other characters, not containing the username.",
    adminName: "Left blank, it reads “Quản trị hệ thống” (system administrator).",
    token:
      "32 characters, printed in the server log at start and kept in the setup-token file of the data directory (DATA_DIR).",
  },
  errors: {
    provinceCodeRequired: "Enter the province code.",
    provinceCodeFormat: "A province code is exactly 2 digits from the list of administrative units, e.g. 51.",
    provinceNameRequired: "Province {code} is not in the system yet: enter its name.",
    communeCodeRequired: "Enter the commune code.",
    communeCodeFormat: "A commune code is exactly 5 digits from the list of administrative units.",
    communeCodeTaken: "A unit with code {code} already exists.",
    communeNameRequired: "Enter the commune's name.",
    communeKindUnknown: "The kind must be commune, ward or special zone (xa, phuong, dac-khu).",
    nameTooLong: "The name is longer than {max} characters.",
    tokenRequired: "Enter the setup token printed in the server log.",
    wrongToken: "Wrong setup token. {remaining} attempts left.",
    noToken:
      "The server has no setup token (the setup-token file in the data directory). Restart the server to create one, or use npm run setup.",
  },
  page: {
    title: "First-run setup",
    intro:
      "There is no commune in the system yet. Enter the unit and its first administrator account; this page works only once.",
    communeLegend: "Administrative unit",
    adminLegend: "First administrator account",
    kindPlaceholder: "— Choose the kind —",
    submit: "Set up",
    submitting: "Setting up…",
    refused: "Not set up yet. Please correct the marked fields.",
    doneTitle: "{commune} is set up",
    doneAddress: "The unit's web address",
    doneUsername: "Username",
    donePassword: "Password",
    donePasswordNote:
      "This password was generated and is shown only this once. Write it down now, and change it after signing in.",
    signIn: "Go to sign-in",
    closed: "The system is set up. Staff sign in on the sign-in page.",
  },
  backup: {
    taking: "Backing up the {target} database…",
    done: "Backed up to {file} ({size}; {households} households; {migrations} migrations; {ms} ms).",
    restoring: "Restoring {file} into {target}…",
    restored: "Restored: {households} households ({ms} ms).",
    migrated: "Applied {n} migrations the backup did not have yet.",
    kept: "The data from before the restore is kept in {dir}.",
    usage: "Usage: npm run backup [-- --out <file>]   ·   npm run restore -- <file>",
    embedded: "embedded ({dir})",
    errors: {
      notABackup: "{file} is not an Ý Dân backup.",
      missingFile: "The file {file} does not exist.",
      inUse: "The embedded database in {dir} is running. Stop the app (npm start), then run the restore again.",
      otherMajor:
        "The backup was made by PostgreSQL {backup}; this machine runs PostgreSQL {here}: a backup restores only onto the same major version.",
      newerSchema:
        "The backup comes from a newer version of Ý Dân (it has migration {unknown}, which this version lacks). Update the app, then restore. Nothing was changed.",
      divergedSchema:
        "The backup has migration {unknown}, which is not part of this version. Not restored; nothing was changed.",
      notEmpty:
        "The target database already has {tables} tables. Restore only into an empty database (make one with createdb).",
      noPgDump:
        "The command {tool} was not found. Install the postgresql-client package of the server's version, or set PG_BIN_DIR.",
      failed: "Error: {message}",
    },
  },
  cli: {
    intro: "Set up a new commune, ward or special zone and its first administrator.",
    optional: "optional",
    kindChoices: "xa = commune, phuong = ward, dac-khu = special zone",
    refused: "Not set up:",
    done: "Set up {commune} (code {code}) in {province}.",
    address: "The unit's web address: /{slug}",
    username: "Administrator's username: {username}",
    password: "Password (shown only this once, write it down now): {password}",
    elapsed: "Setup took {ms} ms.",
    needDeploy: "The PostgreSQL database has {applied} of {total} migrations applied. Run first: npm run db:deploy",
    failed: "Error: {message}",
  },
};
