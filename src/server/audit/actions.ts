// Every audit action the system writes, and the data each one carries (appendAudit takes only
// that shape for that action). Features add theirs here. The data is part of the event's hash
// (src/domain/audit-chain.ts), so a shape only ever gains optional fields: old events keep theirs.
import type {
  Channel,
  CommuneKind,
  ConsultationStatus,
  ContactConsent,
  DisclosurePlace,
  Matter,
  MessageKind,
  MeetingVoteMode,
  NeighbourhoodKind,
  RecordKind,
  StaffRole,
  ThemeResponseKind,
} from "@/generated/prisma/enums";

export const AUDIT_ACTIONS = [
  "commune.seeded",
  "commune.created",
  "staff.created",
  "staff.passwordChanged",
  "household.pinIssued",
  "consultation.created",
  "consultation.updated",
  "consultation.statusChanged",
  "consultation.rescheduled",
  "roll.frozen",
  "roll.amended",
  "document.added",
  "document.removed",
  "disclosure.added",
  "disclosure.removed",
  "disclosure.takenDown",
  "response.submitted",
  "response.revised",
  "response.recorded",
  "response.voided",
  "suggestion.recorded",
  "meeting.recorded",
  "meeting.attendance",
  "meeting.secretCount",
  "meeting.minutesAttached",
  "ballotRound.created",
  "ballotRound.counted",
  "theme.created",
  "theme.renamed",
  "theme.deleted",
  "theme.opinionsAssigned",
  "theme.opinionsUngrouped",
  "theme.merged",
  "theme.responded",
  "theme.approved",
  "record.drafted",
  "record.updated",
  "record.draftDeleted",
  "record.finalised",
  "record.changeRefused",
  "register.imported",
  "neighbourhood.created",
  "neighbourhood.renamed",
  "neighbourhood.merged",
  "household.created",
  "household.updated",
  "household.deactivated",
  "contacts.viewed",
  "staff.updated",
  "staff.deactivatedByProvince",
  "staff.reactivatedByProvince",
  "staff.passwordReset",
  "messages.reminderSet",
  "messages.queued",
  "messages.retried",
  "messages.printListViewed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

type NoData = Record<string, never>;
/** Dates are stored as ISO strings: the data is JSON. */
type IsoDate = string;
/**
 * A household's phone and e-mail never enter the log, only whether it has one: the log is read by
 * roles that may not see contacts (audit.read is wider than contact.read) and it is append-only,
 * so a number written here could neither be hidden from them nor erased when the household asks
 * (Law 91/2025/QH15 on personal data protection). Events written before this carry `phone`.
 */
type HouseholdFields = {
  headName: string;
  address: string;
  members: number;
  /** Older events only: the number itself. */
  phone?: string | null;
  neighbourhoodId: string;
  hasPhone?: boolean;
  hasEmail?: boolean;
  /** The household's answer about messages: recorded as given, the proof of its consent or objection. */
  contactConsent?: ContactConsent;
};
/** Which contacts an edit changed, without their values. */
type ContactField = "phone" | "email";
type StaffFields = { fullName: string; title: string | null; role: StaffRole; neighbourhoodId: string | null };
type StaffActiveChange = { username: string; role: StaffRole; active: boolean; reason: string };
type RescheduledFields = {
  opensAt: IsoDate | null;
  closesAt: IsoDate | null;
  meetingAt: IsoDate | null;
  meetingPlace: string;
};
type Counted = { issued: number; returned: number; valid: number; invalid: number };

/** The data of each action. appendAudit's `AuditData[A]` fails to compile for an action missing here. */
export type AuditData = {
  "commune.seeded": NoData;
  "commune.created": {
    code: string;
    name: string;
    kind: CommuneKind;
    slug: string;
    province: { code: string; created: boolean };
    admin: { id: string; username: string };
    /** Which tool created it: the setup CLI, the setup page or the province console. */
    via: string;
  };
  "staff.created": { username: string; role: StaffRole; neighbourhoodId: string | null };
  "staff.passwordChanged": NoData;
  "household.pinIssued": { count: number; householdCodes: string[] };
  "consultation.created": { title: string; matter: Matter };
  "consultation.updated": { version: number; title: string };
  /** `action` is the lifecycle action, or "recordFinalised" (with recordId) when a summary report records it; `scheduledAt` when the clock moved it. */
  "consultation.statusChanged": {
    from: ConsultationStatus;
    to: ConsultationStatus;
    action?: string;
    reason?: string;
    recordId?: string;
    scheduledAt?: IsoDate;
    /** "Publish now": the publication date the approval had set. */
    approvedPublishedAt?: IsoDate;
  };
  /** Dời lịch: the dates and place before and after, and the notice revision it raised to (docs/LAW.md#r17). */
  "consultation.rescheduled": {
    before: RescheduledFields;
    after: RescheduledFields;
    noticeRevision: number;
    reason: string;
  };
  "roll.frozen": { households: number };
  "roll.amended": { change: "add" | "remove"; householdCode: string; reason: string };
  "document.added": { consultationId: string; fileName: string; sha256: string; size: number };
  "document.removed": { consultationId: string | null; fileName: string; sha256: string };
  "disclosure.added": { consultationId: string; place: DisclosurePlace; postedAt: IsoDate };
  "disclosure.removed": { consultationId: string; place: DisclosurePlace; postedAt: IsoDate; reason: string };
  /** A posting taken down (it stays in the log): when, and the note if any. */
  "disclosure.takenDown": {
    consultationId: string;
    place: DisclosurePlace;
    postedAt: IsoDate;
    takenDownAt: IsoDate;
    neighbourhoodId: string | null;
    note?: string;
  };
  "response.submitted": { consultationId: string; channel: "ONLINE" };
  "response.revised": { consultationId: string; revision: number };
  "response.recorded": { consultationId: string; householdCode: string; channel: Channel; mark?: "BLANK" | "INVALID" };
  "response.voided": { consultationId: string; householdCode: string; channel: Channel; reason: string };
  "suggestion.recorded": { consultationId: string };
  "meeting.recorded": { consultationId: string; neighbourhoodId: string; voteMode: MeetingVoteMode };
  "meeting.attendance": { present: number };
  "meeting.secretCount": { participants: number; returned: number; valid: number };
  "meeting.minutesAttached": { documentId: string; fileName: string; sha256: string };
  "ballotRound.created": { consultationId: string; neighbourhoodId: string };
  "ballotRound.counted": Counted;
  "theme.created": { consultationId: string; title: string; opinions: number };
  "theme.renamed": { consultationId: string; from: string; to: string };
  "theme.deleted": { consultationId: string; title: string };
  "theme.opinionsAssigned": { consultationId: string; answers: number; suggestions: number };
  /** `themes`: the ids of the themes the opinions were taken from. */
  "theme.opinionsUngrouped": { themes: string[]; answers: number; suggestions: number };
  "theme.merged": { consultationId: string; sources: { id: string; title: string }[]; moved: number };
  "theme.responded": { consultationId: string; kind: ThemeResponseKind; text: string; approvalWithdrawn: boolean };
  "theme.approved": { consultationId: string; kind: ThemeResponseKind; text: string };
  "record.drafted": { consultationId: string; kind: RecordKind; amendsId: string | null };
  "record.updated": { notes: string; recipients: string[] };
  "record.draftDeleted": { kind: RecordKind; title: string };
  /** sha256 (the PDF) and contentSha256 are what verification compares a record with (audit/verify.ts). */
  "record.finalised": {
    kind: RecordKind;
    year: number;
    docType: string;
    number: number;
    sha256: string;
    contentSha256: string;
    consultationId: string | null;
  };
  "record.changeRefused": { attempted: string };
  "register.imported": {
    fileSha256: string;
    rows: number;
    new: number;
    changed: number;
    moved: number;
    reactivated: number;
    missing: number;
    unchanged: number;
    /** The names of the neighbourhoods the import created. */
    newNeighbourhoods: string[];
  };
  "neighbourhood.created": { code: string; name: string; kind: NeighbourhoodKind; validFrom: IsoDate };
  "neighbourhood.renamed": { from: string; to: string; effectiveFrom: IsoDate };
  "neighbourhood.merged": {
    source: string;
    target: string;
    targetId: string;
    households: number;
    effectiveFrom: IsoDate;
  };
  "household.created": HouseholdFields & { code: string };
  /** An edit (before and after), or a reactivation. */
  "household.updated":
    | { code: string; before: HouseholdFields; after: HouseholdFields; contactsChanged?: ContactField[] }
    | { code: string; active: boolean; reason: string };
  "household.deactivated": { code: string; active: boolean; reason: string };
  /**
   * Households' contacts shown to a member of staff (Law 91/2025/QH15: every view of a contact list is
   * accounted for): what was asked and how many were shown, never the numbers. `view` is the
   * household list page, one household's page, or a contact list taken for messages (listContacts).
   */
  "contacts.viewed": {
    view: "list" | "household" | "contactList";
    /** Households shown, and how many of them with a phone, an e-mail. */
    households: number;
    phones: number;
    emails: number;
    neighbourhoodId?: string;
    consultationId?: string;
    householdCode?: string;
    /** The list's search as typed, its status filter and where its page starts. */
    q?: string;
    active?: boolean;
    offset?: number;
  };
  /** An edit (before and after), or an administrator's (re)activation. */
  "staff.updated": { before: StaffFields; after: StaffFields } | { active: boolean };
  "staff.deactivatedByProvince": StaffActiveChange;
  "staff.reactivatedByProvince": StaffActiveChange;
  "staff.passwordReset": { username: string };
  "messages.reminderSet": { days: number | null };
  "messages.queued": { kind: MessageKind; messages: number };
  "messages.retried": { messages: number };
  /** The print list (households' contacts) was shown: what was listed, never the contacts. */
  "messages.printListViewed": { kind: MessageKind; neighbourhoodId: string | null; households: number };
};
