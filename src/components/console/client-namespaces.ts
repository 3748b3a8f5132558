// Which message namespaces each part of the console hands to its client components (see
// client-messages.tsx). `console` is every console page (the layout); the others are the folders
// under src/app/console whose layout adds its own on top.
// What every form's error texts read (form-kit.tsx, use-when.ts, use-app-error.ts): the errors, and the
// namespaces an error's "@…" parameters name.
const FORMS = ["errors", "console", "status", "matter", "channel", "channelPhrase", "lifecycleAction"] as const;

export const CLIENT_NAMESPACES = {
  // Read-only pages (the dashboard, the province's summary, the audit log) hand over nothing.
  console: [],
  consultations: [
    ...FORMS,
    "consultationForm",
    "consultationDetail",
    "meetings",
    "entry",
    "themes",
    "records",
    "count",
    "plan",
    "disclosurePlace",
    "questionKind",
    "outbox",
    "postings",
  ],
  postings: [...FORMS, "postings"],
  records: [...FORMS, "records"],
  account: [...FORMS, "admin"],
  register: [...FORMS, "households", "register"],
  staff: [...FORMS, "admin", "role"],
  households: [...FORMS, "households", "contacts"],
  neighbourhoods: [...FORMS, "admin", "neighbourhoodKind"],
} as const satisfies Record<string, readonly string[]>;

export type ConsoleSegment = keyof typeof CLIENT_NAMESPACES;
