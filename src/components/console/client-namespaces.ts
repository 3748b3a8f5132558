// Which message namespaces each part of the console hands to its client components (see
// client-messages.tsx). `console` is every console page (the layout); the others are the folders
// under src/app/console whose layout adds its own on top.
export const CLIENT_NAMESPACES = {
  console: ["errors", "console", "channel", "matter", "status", "lifecycleAction"],
  consultations: [
    "consultationForm",
    "consultationDetail",
    "meetings",
    "entry",
    "themes",
    "records",
    "count",
    "plan",
    "status",
    "matter",
    "channel",
    "lifecycleAction",
    "disclosurePlace",
    "questionKind",
  ],
  records: ["records"],
  account: ["admin"],
  register: ["households", "register"],
  staff: ["admin", "role"],
  households: ["households"],
  neighbourhoods: ["admin", "neighbourhoodKind"],
} as const satisfies Record<string, readonly string[]>;

export type ConsoleSegment = keyof typeof CLIENT_NAMESPACES;
