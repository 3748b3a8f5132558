import { materialsEn } from "./materials/en";
import { postingsEn } from "./postings/en";
import { outboxEn } from "./outbox/en";
import { contactsEn } from "./contacts/en";
import { detailEn } from "./detail/en";
import { entryEn } from "./entry/en";
import { validationEn } from "./validation/en";
import { formEn } from "./form/en";
import { meetingsEn } from "./meetings/en";
import { publicEn } from "./public/en";
import { themesEn } from "./themes/en";
import { resultsEn } from "./results/en";
import { recordsEn } from "./records/en";
import { registerEn } from "./register/en";
import { verifyEn } from "./verify/en";
import { auditLogEn } from "./audit/en";
import { householdsEn } from "./households/en";
import { adminEn } from "./admin/en";
import { setupEn } from "./setup/en";
import { communesEn } from "./communes/en";
import { provinceEn } from "./province/en";
import { dashboardEn } from "./dashboard/en";
import type { Messages } from "./vi";
import { residentEn } from "./resident/en";
import { tallyEn } from "./tally/en";
import { errorsEn } from "./errors/en";

export const en: Messages = {
  publicPages: publicEn,
  consultationForm: formEn,
  ...validationEn,
  consultationDetail: detailEn,
  meetings: meetingsEn,
  entry: entryEn,
  themes: themesEn,
  results: resultsEn,
  records: recordsEn,
  register: registerEn,
  verify: verifyEn,
  auditLog: auditLogEn,
  households: householdsEn,
  admin: adminEn,
  setup: setupEn,
  communes: communesEn,
  province: provinceEn,
  materials: materialsEn,
  postings: postingsEn,
  outbox: outboxEn,
  contacts: contactsEn,
  app: {
    name: "Ý Dân",
    tagline: "Community consultation for communes",
    skipToContent: "Skip to main content",
    language: "Language",
    switchTo: "Tiếng Việt",
    footer: "Ý Dân — community consultation platform of {commune}.",
  },
  nav: {
    home: "Home",
    staffSignIn: "Staff sign-in",
    residentSignIn: "Household sign-in",
    console: "Console",
    signOut: "Sign out",
    dashboard: "Dashboard",
    overview: "Overview",
    consultations: "Consultations",
    postings: "Postings to take down",
    neighbourhoods: "Neighbourhoods",
    audit: "Audit log",
    slips: "Invitation slips (PINs)",
    households: "Households",
    registerImport: "Import household list",
    staff: "Staff accounts",
    mainMenu: "Main menu",
    province: "Province summary",
    provinceCommunes: "Communes of the province",
  },
  role: {
    RESIDENT: "Resident (household representative)",
    NEIGHBOURHOOD_HEAD: "Neighbourhood head",
    OFFICIAL: "Official",
    LEADER: "Commune leader",
    OVERSIGHT: "Oversight",
    ADMIN: "Administrator",
    PROVINCE_ADMIN: "Province administrator",
    PROVINCE_LEADER: "Province leader",
    PROVINCE_OVERSIGHT: "Province oversight",
  },
  status: {
    DRAFT: "Draft",
    SUBMITTED: "Awaiting approval",
    PUBLISHED: "Published (opening soon)",
    OPEN: "Open for opinions",
    CLOSED: "Closed",
    TALLIED: "Tallied",
    RECORDED: "Recorded",
    RESULTS_PUBLISHED: "Results published",
    CANCELLED: "Cancelled",
  },
  matter: {
    PUBLIC_WORKS_CONTRIBUTION: "Contribution to public works",
    FUND_MANAGEMENT: "Fund management",
    VILLAGE_CONVENTION: "Village convention",
    OTHER_SELF_MANAGEMENT: "Other self-management matter",
    PROJECT_INVESTMENT_POLICY: "Project investment policy",
    ZONING_PLAN: "Residential-area plan",
    COMPENSATION_PLAN: "Compensation, support and resettlement plan",
    ADMINISTRATIVE_UNIT_CHANGE: "Administrative-unit change",
    OTHER_OPINION: "Other opinion matter",
  },
  mode: {
    DECISION: "Residents discuss and decide",
    OPINION: "Residents give opinions (advisory)",
  },
  channel: {
    ONLINE: "Online",
    PAPER_BALLOT: "Paper ballot",
    MEETING: "At a meeting",
    WRITTEN: "Written opinion",
    SUGGESTION_BOX: "Suggestion box",
  },
  channelPhrase: {
    ONLINE: "online",
    PAPER_BALLOT: "on a paper ballot",
    MEETING: "at a meeting",
    WRITTEN: "in writing",
    SUGGESTION_BOX: "through the suggestion box",
  },
  communeKind: {
    COMMUNE: "Commune",
    WARD: "Ward",
    SPECIAL_ZONE: "Special zone",
    TOWNSHIP: "Township",
  },
  neighbourhoodKind: {
    VILLAGE: "Village",
    RESIDENTIAL_GROUP: "Residential group",
  },
  home: {
    title: "Community consultations — {commune}",
    intro:
      "Where the People's Committee of {commune} publishes its consultations and every household gives its opinion: online, on a ballot or at a meeting.",
    residentCta: "Give your household's opinion",
    residentCtaHelp: "Use the household code and PIN printed on your invitation slip.",
  },
  signIn: {
    staffTitle: "Staff sign-in",
    staffHelp: "For officials, neighbourhood heads, leaders, oversight and administrators.",
    username: "Username",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    householdTitle: "Household sign-in",
    householdHelp: "Enter the household code and PIN printed on your invitation slip.",
    householdCode: "Household code",
    pin: "PIN",
    required: "Please fill in every field.",
    invalidStaff: "Wrong username or password. {remaining} attempts left.",
    invalidHousehold: "Wrong household code or PIN. {remaining} attempts left.",
    locked: "Sign-in is locked after too many failed attempts. Try again in {minutes} minutes.",
    inactive: "This account has been deactivated. Please contact the administrator.",
    failed: "Could not sign in. Please try again.",
  },
  console: {
    title: "Console",
    when: "{date} {time}",
    welcome: "Hello, {name}",
    signedInAs: "Signed in as {role} — {commune}",
    statsTitle: "Consultations by status",
    households: "Active households",
    neighbourhoods: "Neighbourhoods",
    scopeNeighbourhood: "The figures below are those of {name}, the neighbourhood you are head of.",
    ownNeighbourhood: "Your neighbourhood",
    householdsOf: "Active households of {name}",
    statsTitleOf: "Consultations whose area includes {name}, by status",
    noNeighbourhood:
      "Your account has no neighbourhood assigned yet, so there are no figures to show. Please contact the system administrator.",
    consultationsTitle: "Consultations",
    filterStatus: "Filter by status",
    allStatuses: "All",
    loading: "Loading…",
    empty: "No consultations.",
    colTitle: "Title",
    colMatter: "Matter",
    colStatus: "Status",
    colCloses: "Closes",
    colName: "Name",
    colKind: "Kind",
    colHouseholds: "Households",
    colHead: "Neighbourhood head",
    auditTitle: "Audit log",
    colTime: "Time",
    colActor: "Actor",
    colAction: "Action",
    colEntity: "Entity",
    auditEmpty: "No events yet.",
  },
  resident: residentEn,
  disclosurePlace: {
    COMMUNE_OFFICE: "Commune office",
    CULTURAL_HOUSE: "Neighbourhood cultural house",
    LOUDSPEAKER: "Loudspeaker",
    PORTAL: "Commune web portal",
    SOCIAL_GROUP: "Community social-network group",
    HOUSEHOLD_NOTICE: "Notice to each household",
  },
  questionKind: {
    APPROVAL: "Agree / disagree / other",
    SINGLE_CHOICE: "Single choice",
    MULTIPLE_CHOICE: "Multiple choice",
    FREE_TEXT: "Free text",
  },
  slip: {
    pageTitle: "Invitation slips and PINs",
    intro:
      "Issue a sign-in PIN to each household and print the invitation slips. A PIN is shown only on the slips printed when it is issued; reissuing revokes those households' old PINs.",
    byConsultation: "By consultation",
    byNeighbourhood: "By neighbourhood",
    consultation: "Consultation",
    neighbourhood: "Neighbourhood",
    format: "Format",
    pdf: "PDF (A4, 8 slips a page)",
    html: "Print page (HTML)",
    issue: "Issue PINs and print slips",
    warning: "Reissuing makes these households' old PINs invalid.",
    committee: "People's Committee of {commune}",
    title: "SIGN-IN SLIP",
    neighbourhoodLabel: "Neighbourhood",
    householdLabel: "Household code",
    headLabel: "Head of household",
    pinLabel: "PIN",
    howTo: "To respond online: scan the QR code or go to",
    keepSecret: "Keep the PIN private. Each household has one voice.",
  },
  tally: tallyEn,
  dashboard: dashboardEn,

  lifecycleAction: {
    submit: "Submit for approval",
    withdraw: "Withdraw to edit",
    approve: "Approve publication",
    return: "Return for changes",
    unpublish: "Withdraw approval, back to draft",
    publishNow: "Publish now",
    open: "Open now",
    close: "Close now",
    publishResults: "Publish the results",
    cancel: "Cancel the consultation",
  },
  errors: errorsEn,
};
