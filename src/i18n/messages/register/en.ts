import type { registerVi } from "./vi";
import type { Strings } from "../strings";

export const registerEn: Strings<typeof registerVi> = {
  errors: {
    fileRequired: "Choose the household list file (XLSX or CSV).",
    fileTooLarge: "The file is larger than {max} MB. Split the list into several files by neighbourhood.",
    unreadable: "The file could not be read. Save it as XLSX or CSV (UTF-8) and try again.",
    archiveTooLarge:
      "This XLSX file expands to more than {max} MB or is compressed abnormally (possibly a “zip bomb”), so it was not read. Open it in Excel, save it again and retry; split a large list by neighbourhood.",
    tooManyRows:
      "The file has more than {max} rows or too many cells. Split the list into several files by neighbourhood.",
    missingColumn: "The file has no “{column}” column. Use the template to get every column.",
  },
  issue: {
    badCode:
      "Household code “{value}” is not valid: letters without accents, digits and . _ - / only, at most 32 characters.",
    duplicateCode: "Household code “{value}” repeats line {otherLine}.",
    unknownNeighbourhood:
      "There is no neighbourhood “{value}” in the commune. Check the name or code, or choose “Create new neighbourhoods”.",
    emptyNeighbourhood: "The neighbourhood is empty.",
    emptyName: "The head of household's name is empty.",
    badMembers: "Number of members “{value}” must be a whole number from 1 to 99.",
    badPhone: "Phone number “{value}” is not valid (10 or 11 digits, starting with 0 or +84).",
    badEmail: "E-mail “{value}” is not valid (a valid one: name@example.com, no spaces or accented letters).",
    badConsent:
      "The consent column says “{value}”: write only “Có” (yes), “Không” (no), “Chưa hỏi” (not asked) or leave it blank.",
    tooLong: "Too long: “{value}…”.",
  },
  column: {
    neighbourhood: "Neighbourhood",
    code: "Household code",
    headName: "Head of household",
    address: "Address",
    members: "Members",
    phone: "Phone",
    email: "E-mail",
    consent: "Agrees to messages",
  },
};
