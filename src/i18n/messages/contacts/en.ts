import type { contactsVi } from "./vi";
import type { Strings } from "../strings";

export const contactsEn: Strings<typeof contactsVi> = {
  title: "Household contacts",
  column: "Contact",
  email: "E-mail",
  consentColumn: "Messages",
  hasPhone: "Has a phone number",
  hasEmail: "Has an e-mail",
  noContact: "None yet",
  consent: {
    UNKNOWN: "Not asked",
    GIVEN: "Agrees to messages",
    OPTED_OUT: "Refuses messages",
  },
  auditedNotice:
    "Households' phone numbers and e-mails are personal data, used only to tell households about consultations. Every view of this page is recorded in the audit log.",
  hiddenNotice:
    "Households' phone numbers and e-mails are personal data: only neighbourhood heads (for their own neighbourhood's households), officials and administrators see them. Here you see only whether a household has one.",
  form: {
    email: "E-mail (optional)",
    emailHint: "For example: name@example.com.",
    consentLegend: "The household's answer about messages",
    consentHint:
      "Ask the head of household whether they want text messages and e-mails about consultations, and record their answer as given. A household not asked yet still receives the commune's notices and may refuse at any time; a household that refused is sent nothing, and staff tell it another way (a call, a visit, the loudspeaker, the notice board).",
    consentOption: {
      UNKNOWN: "Not asked",
      GIVEN: "Agrees to messages",
      OPTED_OUT: "Refuses messages",
    },
    consentOptionHint: {
      UNKNOWN: "Notices are sent as a public authority's; the household may refuse.",
      GIVEN: "The household agreed to text messages and e-mails about consultations.",
      OPTED_OUT: "No text message or e-mail is sent to the household.",
    },
  },
};
