// The audit log read as plain sentences, for oversight bodies (Fatherland Front, People's
// Inspection Board) who supervise from it without reading codes: an event's action and data, with
// the names the server resolved, become a message key under auditLog.sentence and its values.
// Enum codes travel as values and are worded by the messages' ICU `select`, so no code ever shows;
// a name the server could no longer find falls back to what the event itself recorded.
import { recordNumberLabel, RECORD_KINDS, vietnamDate, type RecordKindName } from "./records";

/** A message (under auditLog) to render first and use as a value: an actor, a quoted name. */
export type TSentenceRef = { ref: string; values?: Record<string, string | number> };
export type TSentenceValue = string | number | TSentenceRef;

export type TAuditStaffName = { fullName: string; title: string | null; role: string };

/** What the server found for an event's people and things, in the actor's commune. */
export type TAuditNames = {
  actor?: TAuditStaffName;
  actorHouseholdCode?: string;
  staff?: TAuditStaffName & { username: string };
  consultation?: { id: string; title: string };
  household?: { id: string; code: string };
  neighbourhood?: { name: string };
  record?: { id: string; title: string };
  theme?: { title: string };
};

export type TAuditEventInput = {
  action: string;
  actorType: string;
  actorLabel: string;
  entityType: string;
  entityId: string;
  data: unknown;
};

export type TAuditLink = { kind: "consultation" | "record" | "household"; id: string };

export type TAuditSentence = {
  key: string;
  values: Record<string, TSentenceValue>;
  /** Written down by the actor (cancelling, opening by hand, deactivating…): read after the sentence. */
  reason?: string;
  links: TAuditLink[];
};

type Data = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const quoted = (text: string | undefined): TSentenceRef =>
  text ? { ref: "ref.quoted", values: { text } } : { ref: "ref.unknown" };
const plain = (text: string | undefined): TSentenceRef =>
  text ? { ref: "ref.plain", values: { text } } : { ref: "ref.unknown" };
/** An enum value for a `select`: anything unexpected reads as its `other` branch, never as itself. */
const code = (v: unknown): string => (typeof v === "string" && /^[A-Z_]+$/.test(v) ? v : "other");

/** "dd/MM/yyyy", the Vietnam calendar day of an ISO instant. */
export function vietnamDay(iso: unknown): TSentenceRef {
  const at = typeof iso === "string" ? new Date(iso) : null;
  if (!at || Number.isNaN(at.getTime())) return { ref: "ref.unknown" };
  const { year, month, day } = vietnamDate(at);
  const two = (n: number) => String(n).padStart(2, "0");
  return { ref: "ref.plain", values: { text: `${two(day)}/${two(month)}/${year}` } };
}

function actorRef(e: TAuditEventInput, names: TAuditNames): TSentenceRef {
  if (e.actorType === "SYSTEM") return { ref: "actor.system" };
  if (e.actorType === "HOUSEHOLD") {
    const household = names.actorHouseholdCode;
    return household ? { ref: "actor.household", values: { code: household } } : plain(e.actorLabel);
  }
  const s = names.actor;
  if (!s) return plain(e.actorLabel);
  return s.title
    ? { ref: "actor.titled", values: { title: s.title, name: s.fullName } }
    : { ref: "actor.staff", values: { role: code(s.role), name: s.fullName } };
}

function staffRef(names: TAuditNames, username: unknown): TSentenceRef {
  return names.staff ? plain(names.staff.fullName) : plain(str(username));
}

/** The lifecycle move an event records: its action, or for older events the move its statuses imply. */
export function statusMove(d: Data): string {
  const action = str(d.action);
  const scheduled = str(d.scheduledAt) !== undefined;
  if (action === "open" || action === "close") return scheduled ? `${action}Scheduled` : action;
  if (action && STATUS_MOVES.includes(action as (typeof STATUS_MOVES)[number])) return action;
  const byTarget: Record<string, string> = {
    SUBMITTED: "submit",
    PUBLISHED: "approve",
    OPEN: "open",
    CLOSED: "close",
    RECORDED: "recordFinalised",
    RESULTS_PUBLISHED: "publishResults",
    CANCELLED: "cancel",
  };
  const to = str(d.to);
  if (to && byTarget[to]) {
    const move = byTarget[to];
    return scheduled && (move === "open" || move === "close") ? `${move}Scheduled` : move;
  }
  return "moved";
}

/** Every wording of consultation.statusChanged: the lifecycle's actions, the clock's and the record's. */
export const STATUS_MOVES = [
  "submit",
  "withdraw",
  "approve",
  "return",
  "unpublish",
  "publishNow",
  "open",
  "openScheduled",
  "close",
  "closeScheduled",
  "publishResults",
  "cancel",
  "recordFinalised",
  "moved",
] as const;

function recordKind(v: unknown): string {
  return RECORD_KINDS.includes(v as RecordKindName) ? (v as string) : "other";
}

/** The sentence for one event: which message, with which values, and what it links to. */
export function describeAuditEvent(e: TAuditEventInput, names: TAuditNames): TAuditSentence {
  const d: Data = e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Data) : {};
  const links: TAuditLink[] = [];
  if (names.consultation) links.push({ kind: "consultation", id: names.consultation.id });
  if (names.record) links.push({ kind: "record", id: names.record.id });
  if (names.household) links.push({ kind: "household", id: names.household.id });

  const actor = actorRef(e, names);
  const consultation = quoted(names.consultation?.title ?? str(d.title));
  const household = plain(names.household?.code ?? str(d.householdCode) ?? str(d.code));
  const neighbourhood = plain(names.neighbourhood?.name);
  const theme = quoted(names.theme?.title);
  const reason = str(d.reason);
  const say = (key: string, values: Record<string, TSentenceValue> = {}): TAuditSentence => ({
    key,
    values: { actor, ...values },
    ...(reason ? { reason } : {}),
    links,
  });

  switch (e.action) {
    case "commune.seeded":
      return say("commune.seeded");
    case "commune.created": {
      const admin = d.admin && typeof d.admin === "object" ? (d.admin as Data).username : undefined;
      return say("commune.created", {
        kind: code(d.kind),
        name: plain(str(d.name)),
        code: plain(str(d.code)),
        admin: plain(str(admin)),
      });
    }
    case "staff.created":
      return say("staff.created", {
        staff: staffRef(names, d.username),
        username: plain(str(d.username) ?? names.staff?.username),
        role: code(d.role),
      });
    case "staff.passwordChanged":
      return say("staff.passwordChanged");
    case "messages.reminderSet":
      return say("messages.reminderSet", { consultation, days: d.days === null ? "none" : num(d.days) });
    case "messages.queued":
      return say("messages.queued", { consultation, kind: code(d.kind), messages: num(d.messages) });
    case "messages.retried":
      return say("messages.retried", { consultation, messages: num(d.messages) });
    case "messages.printListViewed":
      return say("messages.printListViewed", { consultation, kind: code(d.kind), households: num(d.households) });
    case "staff.passwordReset":
      return say("staff.passwordReset", { staff: staffRef(names, d.username) });
    case "staff.updated": {
      const staff = staffRef(names, names.staff?.username);
      if ("active" in d) return say(d.active ? "staff.reactivated" : "staff.deactivated", { staff });
      return say("staff.updated", { staff });
    }
    case "staff.deactivatedByProvince":
    case "staff.reactivatedByProvince":
      return say(e.action, { staff: staffRef(names, d.username), username: plain(str(d.username)) });
    case "household.pinIssued":
      return e.entityType === "Consultation"
        ? say("household.pinIssued.consultation", { count: num(d.count), consultation })
        : say("household.pinIssued.neighbourhood", { count: num(d.count), neighbourhood });
    case "household.created":
      return say("household.created", { household, headName: plain(str(d.headName)), neighbourhood });
    case "household.updated":
      if ("active" in d) return say(d.active ? "household.reactivated" : "household.deactivatedAgain", { household });
      {
        // A change of the household's answer about messages is said in words: it is the proof of
        // its consent or objection (Law 91/2025/QH15 on personal data protection).
        const before = d.before && typeof d.before === "object" ? (d.before as Data).contactConsent : undefined;
        const after = d.after && typeof d.after === "object" ? (d.after as Data).contactConsent : undefined;
        if (str(after) && before !== after) return say("household.updatedConsent", { household, consent: code(after) });
      }
      return say("household.updated", { household });
    case "household.deactivated":
      return say("household.deactivated", { household });
    case "contacts.viewed": {
      // Neither numbers nor e-mails are in the event: only what was looked at, and how many.
      const scope = names.neighbourhood || str(d.neighbourhoodId) ? "neighbourhood" : "commune";
      const households = num(d.households);
      if (d.view === "household") return say("contacts.viewed.household", { household });
      if (d.view === "contactList")
        return str(d.consultationId)
          ? say("contacts.viewed.contactListConsultation", { households, scope, neighbourhood, consultation })
          : say("contacts.viewed.contactList", { households, scope, neighbourhood });
      return say("contacts.viewed.list", { households, scope, neighbourhood });
    }
    case "consultation.created":
      return say("consultation.created", { consultation });
    case "consultation.updated":
      return say("consultation.updated", { consultation, version: num(d.version) });
    case "consultation.statusChanged": {
      const move = statusMove(d);
      return say(`consultation.statusChanged.${move}`, {
        consultation,
        from: code(d.from),
        to: code(d.to),
        ...(move === "publishNow" ? { approvedPublishedAt: vietnamDay(d.approvedPublishedAt) } : {}),
      });
    }
    case "consultation.rescheduled": {
      const after = d.after && typeof d.after === "object" ? (d.after as Data) : {};
      return say("consultation.rescheduled", {
        consultation,
        closesAt: vietnamDay(after.closesAt),
      });
    }
    case "roll.frozen":
      return say("roll.frozen", { consultation, households: num(d.households) });
    case "roll.amended":
      return say(d.change === "remove" ? "roll.removed" : "roll.added", { consultation, household });
    case "document.added":
      return say("document.added", { consultation, fileName: quoted(str(d.fileName)) });
    case "document.removed":
      return d.consultationId
        ? say("document.removed", { consultation, fileName: quoted(str(d.fileName)) })
        : say("document.removedLoose", { fileName: quoted(str(d.fileName)) });
    case "disclosure.added":
      return say("disclosure.added", { consultation, place: code(d.place), postedAt: vietnamDay(d.postedAt) });
    case "disclosure.removed":
      return say("disclosure.removed", { consultation, place: code(d.place), postedAt: vietnamDay(d.postedAt) });
    case "disclosure.takenDown":
      return say("disclosure.takenDown", {
        consultation,
        place: code(d.place),
        postedAt: vietnamDay(d.postedAt),
        takenDownAt: vietnamDay(d.takenDownAt),
      });
    case "response.submitted":
      return say("response.submitted", { consultation });
    case "response.revised":
      return say("response.revised", { consultation, revision: num(d.revision) });
    case "response.recorded":
      return say("response.recorded", {
        consultation,
        household,
        channel: code(d.channel),
        mark: code(d.mark),
      });
    case "response.voided":
      return say("response.voided", { consultation, household, channel: code(d.channel) });
    case "suggestion.recorded":
      return say("suggestion.recorded", { consultation });
    case "meeting.recorded":
      return say("meeting.recorded", { consultation, neighbourhood, voteMode: code(d.voteMode) });
    case "meeting.attendance":
      return say("meeting.attendance", { consultation, neighbourhood, present: num(d.present) });
    case "meeting.secretCount":
      return say("meeting.secretCount", {
        consultation,
        neighbourhood,
        participants: num(d.participants),
        returned: num(d.returned),
        valid: num(d.valid),
      });
    case "meeting.minutesAttached":
      return say("meeting.minutesAttached", { consultation, neighbourhood, fileName: quoted(str(d.fileName)) });
    case "ballotRound.created":
      return say("ballotRound.created", { consultation, neighbourhood });
    case "ballotRound.counted":
      return say("ballotRound.counted", {
        consultation,
        neighbourhood,
        issued: num(d.issued),
        returned: num(d.returned),
        valid: num(d.valid),
        invalid: num(d.invalid),
      });
    case "theme.created":
      return say("theme.created", { consultation, theme: quoted(str(d.title)), opinions: num(d.opinions) });
    case "theme.renamed":
      return say("theme.renamed", { consultation, from: quoted(str(d.from)), to: quoted(str(d.to)) });
    case "theme.deleted":
      return say("theme.deleted", { consultation, theme: quoted(str(d.title)) });
    case "theme.opinionsAssigned":
      return say("theme.opinionsAssigned", { consultation, theme, count: num(d.answers) + num(d.suggestions) });
    case "theme.opinionsUngrouped":
      return say("theme.opinionsUngrouped", {
        consultation,
        count: num(d.answers) + num(d.suggestions),
        themes: Array.isArray(d.themes) ? d.themes.length : 0,
      });
    case "theme.merged": {
      const sources = Array.isArray(d.sources)
        ? d.sources.map((s) => str((s as Data | null)?.title)).filter((t): t is string => !!t)
        : [];
      return say("theme.merged", {
        consultation,
        theme,
        sources: sources.length
          ? { ref: "ref.quoted", values: { text: sources.join("», «") } }
          : { ref: "ref.unknown" },
        moved: num(d.moved),
      });
    }
    case "theme.responded":
      return say(d.approvalWithdrawn ? "theme.respondedWithdrawn" : "theme.responded", {
        consultation,
        theme,
        kind: code(d.kind),
      });
    case "theme.approved":
      return say("theme.approved", { consultation, theme, kind: code(d.kind) });
    case "record.drafted":
      return say(d.amendsId ? "record.draftedAmendment" : "record.drafted", { consultation, kind: recordKind(d.kind) });
    case "record.updated":
      return say("record.updated", { record: quoted(names.record?.title) });
    case "record.draftDeleted":
      return say("record.draftDeleted", { kind: recordKind(d.kind), record: quoted(str(d.title)) });
    case "record.finalised": {
      const kind = recordKind(d.kind);
      const n = num(d.number);
      const docType = str(d.docType);
      if (kind === "other" || n < 1 || !Number.isInteger(n) || !docType)
        return say("record.finalisedBare", { record: quoted(names.record?.title) });
      return say("record.finalised", {
        kind,
        number: plain(recordNumberLabel(kind as RecordKindName, n, docType)),
        record: quoted(names.record?.title),
      });
    }
    case "record.changeRefused":
      return say("record.changeRefused", { record: quoted(names.record?.title) });
    case "register.imported":
      return say("register.imported", {
        rows: num(d.rows),
        new: num(d.new),
        changed: num(d.changed),
        moved: num(d.moved),
        reactivated: num(d.reactivated),
        missing: num(d.missing),
      });
    case "neighbourhood.created":
      return say("neighbourhood.created", {
        kind: code(d.kind),
        name: plain(str(d.name)),
        code: plain(str(d.code)),
        validFrom: vietnamDay(d.validFrom),
      });
    case "neighbourhood.renamed":
      return say("neighbourhood.renamed", {
        from: plain(str(d.from)),
        to: plain(str(d.to)),
        effectiveFrom: vietnamDay(d.effectiveFrom),
      });
    case "neighbourhood.merged":
      return say("neighbourhood.merged", {
        source: plain(str(d.source)),
        target: plain(str(d.target)),
        households: num(d.households),
        effectiveFrom: vietnamDay(d.effectiveFrom),
      });
    default:
      return say("unknown");
  }
}

/** Renders with any translator of the auditLog namespace (next-intl's, on a page or in a test). */
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

function resolve(t: TTranslate, values: Record<string, TSentenceValue>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === "object" ? t(v.ref, v.values) : v]),
  );
}

/** "Lúc 14:05 ngày 02/12/2026, Chủ tịch Nguyễn Văn A công bố kết quả … Lý do: …" */
export function formatAuditSentence(t: TTranslate, s: TAuditSentence, at: { time: string; day: string }): string {
  const text = t(`sentence.${s.key}`, resolve(t, s.values));
  const sentence = t("sentence.frame", { ...at, text });
  return s.reason ? t("sentence.withReason", { sentence, reason: s.reason }) : sentence;
}
