import type { auditLogVi } from "./vi";
import type { Strings } from "../strings";

const role =
  "{role, select, NEIGHBOURHOOD_HEAD {a neighbourhood head} OFFICIAL {an official} LEADER {a leader} OVERSIGHT {an oversight officer} ADMIN {an administrator} PROVINCE_ADMIN {a province administrator} PROVINCE_LEADER {a province leader} PROVINCE_OVERSIGHT {a province oversight officer} other {a staff member}}";
const actorRole =
  "{role, select, NEIGHBOURHOOD_HEAD {Neighbourhood head} OFFICIAL {Commune official} LEADER {Commune leader} OVERSIGHT {Oversight officer} ADMIN {System administrator} PROVINCE_ADMIN {Province administrator} PROVINCE_LEADER {Province leader} PROVINCE_OVERSIGHT {Province oversight officer} other {Staff member}}";
const channel =
  "{channel, select, ONLINE { on the website} PAPER_BALLOT { on a paper ballot} MEETING { at a meeting} WRITTEN { by letter} SUGGESTION_BOX { through the suggestion box} other {}}";
const place =
  "{place, select, COMMUNE_OFFICE { at the People's Committee office} CULTURAL_HOUSE { at the neighbourhood's cultural house} LOUDSPEAKER { on the loudspeakers} PORTAL { on the e-portal} SOCIAL_GROUP { in the neighbourhood's social-media group} HOUSEHOLD_NOTICE { by a notice to every household} other {}}";
const recordKind =
  "{kind, select, COUNT_RECORD {the count record} MEETING_MINUTES {the meeting minutes} SUMMARY_REPORT {the summary report} RESULTS_NOTICE {the results notice} other {the record}}";
const responseKind =
  "{kind, select, TAKEN_UP {taken up} EXPLAINED {explained, not taken up} FORWARDED {forwarded to the competent authority} other {an answer given}}";
const status =
  "select, DRAFT {a draft} SUBMITTED {awaiting approval} PUBLISHED {announced and not yet open} OPEN {open for opinions} CLOSED {closed for opinions} TALLIED {tallied in full} RECORDED {recorded in a report} RESULTS_PUBLISHED {showing its results} CANCELLED {called off} other {in another state}";

export const auditLogEn: Strings<typeof auditLogVi> = {
  title: "Audit log",
  intro:
    "Every change to the data is logged and hash-chained, so no entry can be edited or deleted without it showing.",
  filters: {
    title: "Filter the log",
    action: "Action",
    entityType: "Item type",
    entityId: "Item ID",
    entityIdHint: "Enter the whole ID.",
    actor: "Done by",
    actorHint: "Part of a name or username, any case.",
    from: "From",
    to: "To",
    any: "All",
    apply: "Filter",
    clear: "Clear filters",
    consultation: "Consultation",
    unknownConsultation: "(A consultation not in this commune)",
  },
  errors: {
    range: "The end date must be on or after the start date.",
    date: "This is not a valid date.",
    entityId: "This is not a valid item ID.",
  },
  chain: {
    ok: "The log's chain is intact: {count} events checked, none edited, deleted or inserted.",
    empty: "There are no events to check yet.",
    broken:
      "The log's chain is broken at event {seq} ({action}, {entity}): this event or the one before it was edited, deleted or inserted outside the system. The {count} events before it are intact.",
    brokenTail:
      "The log's chain is broken: events from number {seq} on were deleted outside the system. The {count} events before them are intact.",
    advice: "Tell the system administrator and the People's Inspection Board at once.",
  },
  columns: {
    seq: "No.",
    event: "Event",
    technical: "Technical details",
  },
  technical: "Technical details",
  technicalLabels: {
    time: "Time",
    actor: "Done by",
    action: "Action",
    entity: "Item",
    data: "Data",
    hash: "Hash",
  },
  linkTo: {
    consultation: "Open the consultation",
    record: "Open the record",
    household: "Open the household",
  },
  actor: {
    titled: "{title} {name}",
    staff: `${actorRole} {name}`,
    household: "Household {code}",
    system: "the system",
  },
  ref: {
    quoted: "«{text}»",
    plain: "{text}",
    unknown: "(no longer in the system)",
  },
  sentence: {
    frame: "On {day} at {time}, {text}.",
    withReason: "{sentence} Reason: {reason}",
    unknown: "{actor} did something the log cannot describe yet",
    commune: {
      seeded: "{actor} loaded the commune's demo data",
      created:
        "{actor} set up {kind, select, WARD {the ward} SPECIAL_ZONE {the special zone} TOWNSHIP {the township} other {the commune}} {name} (code {code}), with {admin} as its first administrator account",
    },
    messages: {
      reminderSet:
        "{actor} {days, select, none {removed the reminder before closing} other {set a reminder to households that have not answered {days} days before closing}} of {consultation}",
      queued:
        "{actor} queued {messages} {kind, select, INVITATION {invitation messages} REMINDER {reminder messages} other {results messages}} to the households of {consultation}",
      retried: "{actor} sent again {messages} failed messages of {consultation}",
      printListViewed:
        "{actor} viewed the contact list of {households} households to phone or visit (for the {kind, select, INVITATION {invitation message} REMINDER {reminder message} other {results message}}) of {consultation}",
    },
    staff: {
      created: `{actor} created a staff account for {staff} (username {username}) as ${role}`,
      updated: "{actor} updated the account of {staff}",
      reactivated: "{actor} reactivated the account of {staff}",
      deactivated: "{actor} deactivated the account of {staff}",
      passwordChanged: "{actor} changed their own password",
      passwordReset: "{actor} reset the password of {staff}",
      deactivatedByProvince: "{actor} (province) locked the account of {staff} (username {username})",
      reactivatedByProvince: "{actor} (province) reopened the account of {staff} (username {username})",
    },
    household: {
      pinIssued: {
        consultation:
          "{actor} issued new PINs to {count, plural, one {# household} other {# households}} of the consultation {consultation}",
        neighbourhood:
          "{actor} issued new PINs to {count, plural, one {# household} other {# households}} of {neighbourhood}",
      },
      created: "{actor} added household {household} (head {headName}) to the register of {neighbourhood}",
      updated: "{actor} updated household {household}",
      updatedConsent:
        "{actor} updated household {household} and recorded its answer about messages: {consent, select, GIVEN {agrees to messages} OPTED_OUT {refuses messages} other {not asked}}",
      reactivated: "{actor} brought household {household} back onto the register",
      deactivatedAgain: "{actor} took household {household} off the register",
      deactivated: "{actor} took household {household} off the register",
    },
    consultation: {
      created: "{actor} created the consultation {consultation}",
      updated: "{actor} edited the consultation {consultation} (revision {version})",
      statusChanged: {
        submit: "{actor} submitted the consultation {consultation} to the leaders for approval",
        withdraw: "{actor} withdrew the consultation {consultation} to keep editing it",
        approve: "{actor} approved and published the consultation {consultation}",
        return: "{actor} sent the consultation {consultation} back for changes",
        unpublish:
          "{actor} withdrew the approval of the consultation {consultation} before it opened, back to draft for changes",
        publishNow:
          "{actor} published the consultation {consultation} at once, ahead of the approved publication date ({approvedPublishedAt})",
        open: "{actor} opened the consultation {consultation}: households can now give their opinion",
        openScheduled:
          "{actor} opened the consultation {consultation} as scheduled: households can now give their opinion",
        close: "{actor} closed the consultation {consultation}",
        closeScheduled: "{actor} closed the consultation {consultation} as scheduled",
        publishResults: "{actor} published the results of {consultation}",
        cancel: "{actor} cancelled the consultation {consultation}",
        recordFinalised: "{actor} finalised the summary report of {consultation}, which is now recorded",
        moved: `{actor} changed the status of {consultation}: it was {from, ${status}} and is now {to, ${status}}`,
      },
      rescheduled:
        "{actor} rescheduled the consultation {consultation}, opinions now due by {closesAt}; what was posted before must be replaced by the new notice",
    },
    roll: {
      frozen:
        "{actor} froze the list of {households, plural, one {# household} other {# households}} consulted in {consultation}",
      added: "{actor} added household {household} to the households consulted in {consultation}",
      removed: "{actor} removed household {household} from the households consulted in {consultation}",
    },
    document: {
      added: "{actor} added the document {fileName} to the consultation {consultation}",
      removed: "{actor} removed the document {fileName} from the consultation {consultation}",
      removedLoose: "{actor} removed the document {fileName}",
    },
    disclosure: {
      added: `{actor} recorded that the consultation {consultation} was posted${place} from {postedAt}`,
      removed: `{actor} removed the posting${place} (from {postedAt}) of the consultation {consultation}`,
      takenDown: `{actor} recorded that the posting${place} (posted from {postedAt}) of the consultation {consultation} was taken down on {takenDownAt}`,
    },
    response: {
      submitted: "{actor} gave their opinion online on {consultation}",
      revised: "{actor} revised their opinion on {consultation} (revision {revision})",
      recorded: `{actor} recorded the opinion of household {household}${channel} on {consultation}{mark, select, BLANK { (blank ballot)} INVALID { (invalid ballot)} other {}}`,
      voided: `{actor} voided the opinion of household {household}${channel} on {consultation}`,
    },
    suggestion: {
      recorded: "{actor} recorded a note from the suggestion box for {consultation}",
    },
    meeting: {
      recorded:
        "{actor} recorded the meeting of {neighbourhood} on {consultation}, {voteMode, select, SECRET_BALLOT {by secret ballot} other {by show of hands}}",
      attendance:
        "{actor} updated who attended the meeting of {neighbourhood} ({consultation}): {present, plural, one {# household} other {# households}} present",
      secretCount:
        "{actor} recorded the secret ballot at the meeting of {neighbourhood} ({consultation}): {participants} taking part, {returned} ballots returned, {valid} valid",
      minutesAttached: "{actor} attached the minutes {fileName} to the meeting of {neighbourhood} ({consultation})",
    },
    ballotRound: {
      created: "{actor} set up a household ballot round in {neighbourhood} for {consultation}",
      counted:
        "{actor} recorded the ballot count in {neighbourhood} ({consultation}): {issued} issued, {returned} returned, {valid} valid, {invalid} invalid",
    },
    theme: {
      created: "{actor} created the theme {theme} with {opinions} opinions ({consultation})",
      renamed: "{actor} renamed the theme {from} to {to} ({consultation})",
      deleted: "{actor} deleted the theme {theme} ({consultation})",
      opinionsAssigned: "{actor} put {count} opinions in the theme {theme} ({consultation})",
      opinionsUngrouped:
        "{actor} took {count} opinions out of {themes, plural, one {# theme} other {# themes}} ({consultation})",
      merged: "{actor} merged {sources} into the theme {theme}, moving {moved} opinions ({consultation})",
      responded: `{actor} answered the theme {theme}: ${responseKind} ({consultation})`,
      respondedWithdrawn: `{actor} changed the answer to the theme {theme}: ${responseKind}; its earlier approval no longer holds ({consultation})`,
      approved: `{actor} approved the answer (${responseKind}) to the theme {theme} ({consultation})`,
    },
    record: {
      drafted: `{actor} drafted ${recordKind} of {consultation}`,
      draftedAmendment: `{actor} drafted ${recordKind} of {consultation}, amending a finalised record`,
      updated: "{actor} edited the notes and recipients of the draft {record}",
      draftDeleted: `{actor} deleted the draft of ${recordKind} {record}`,
      finalised: `{actor} signed and issued ${recordKind} No. {number} {record}`,
      finalisedBare: "{actor} signed and issued the record {record}",
      changeRefused: "The system refused a change by {actor} to the finalised record {record}",
    },
    contacts: {
      viewed: {
        list: "{actor} viewed the phone numbers and e-mails of {households, plural, one {# household} other {# households}} on the household list{scope, select, neighbourhood { of {neighbourhood}} other {}}",
        household: "{actor} viewed the phone number and e-mail of household {household}",
        contactList:
          "{actor} took the contact list (phone numbers, e-mails) of {households, plural, one {# household} other {# households}}{scope, select, neighbourhood { of {neighbourhood}} other {}}",
        contactListConsultation:
          "{actor} took the contact list (phone numbers, e-mails) of {households, plural, one {# household} other {# households}}{scope, select, neighbourhood { of {neighbourhood}} other {}} to tell them about the consultation {consultation}",
      },
    },
    register: {
      imported:
        "{actor} imported the household register from a file ({rows} rows): {new} new, {changed} changed, {moved} moved to another neighbourhood, {reactivated} back, {missing} no longer listed",
    },
    neighbourhood: {
      created:
        "{actor} added {name} (code {code}, {kind, select, RESIDENTIAL_GROUP {a residential group} other {a village}}), from {validFrom}",
      renamed: "{actor} renamed {from} to {to}, from {effectiveFrom}",
      merged:
        "{actor} merged {source} into {target} ({households, plural, one {# household} other {# households}} moved), from {effectiveFrom}",
    },
  },
  export: {
    link: "Download XLSX",
    hint: "An Excel file of the events the current filter shows, at most the newest {max}.",
    sheet: "Audit log",
    title: "Audit log of {commune}",
    filter: "Filter: {filter}",
    noFilter: "Filter: none (the whole log)",
    filterPart: "{label}: {value}",
    generated: "Exported at {time} on {day}, {count, plural, one {# event} other {# events}}.",
    capped:
      "The file holds only the newest {max} events the filter shows. Narrow the filter (by dates, say) to download older ones.",
    badQuery:
      "The filter is not valid, so no file was made. Go back to the audit log, check the filter fields and download again.",
    role: actorRole,
    entity: "{type} (ID {id})",
    columns: {
      time: "Time",
      actor: "Done by",
      role: "Role",
      sentence: "What happened",
      entity: "Item",
      action: "Event code",
      seq: "Number in the chain",
      hash: "Hash",
    },
  },
  caption: "Events in the log, newest first",
  empty: "No events yet.",
  emptyFiltered: "No events match the filters.",
  older: "Older events",
  newest: "Back to the newest events",
  hashTitle: "The event's SHA-256 hash",
  actorType: {
    STAFF: "Staff",
    HOUSEHOLD: "Household",
    SYSTEM: "System",
  },
  entity: {
    Commune: "Commune",
    StaffUser: "Staff account",
    Household: "Household",
    Neighbourhood: "Neighbourhood",
    Consultation: "Consultation",
    Document: "Document",
    DisclosurePosting: "Disclosure posting",
    Response: "Household response",
    SuggestionOpinion: "Suggestion",
    MeetingRecord: "Meeting",
    BallotRound: "Ballot round",
    OpinionTheme: "Theme",
    DecisionRecord: "Record",
  },
  group: {
    messages: "Messages to households",
    commune: "Commune",
    staff: "Staff",
    household: "Households",
    consultation: "Consultations",
    roll: "Roll",
    document: "Documents",
    disclosure: "Disclosure postings",
    response: "Responses",
    suggestion: "Suggestions",
    meeting: "Meetings",
    ballotRound: "Paper ballots",
    theme: "Themes",
    record: "Records",
    register: "Register import",
    contacts: "Household contacts viewed",
    neighbourhood: "Neighbourhoods",
  },
  action: {
    messages: {
      reminderSet: "Reminder before closing set",
      queued: "Messages to households queued",
      retried: "Failed messages sent again",
      printListViewed: "Households' contact list viewed",
    },
    commune: { seeded: "Commune data set up", created: "New commune set up" },
    staff: {
      created: "Staff account created",
      updated: "Staff account updated",
      passwordChanged: "Staff member changed their password",
      passwordReset: "Staff password reset",
      deactivatedByProvince: "Staff account locked by the province",
      reactivatedByProvince: "Staff account reopened by the province",
    },
    household: {
      pinIssued: "Household PIN issued",
      created: "Household added to the register",
      updated: "Household details updated",
      deactivated: "Household taken off the register",
    },
    register: { imported: "Household register imported" },
    contacts: { viewed: "Household phone numbers and e-mails viewed" },
    neighbourhood: {
      created: "Neighbourhood added",
      renamed: "Neighbourhood renamed",
      merged: "Neighbourhoods merged",
    },
    consultation: {
      created: "Consultation created",
      updated: "Consultation edited",
      statusChanged: "Consultation status changed",
      rescheduled: "Consultation rescheduled",
    },
    roll: { frozen: "Roll frozen", amended: "Roll amended" },
    document: { added: "Document added", removed: "Document removed" },
    disclosure: {
      added: "Disclosure posting recorded",
      removed: "Disclosure posting removed",
      takenDown: "Disclosure posting taken down",
    },
    response: {
      submitted: "Response submitted online",
      revised: "Response revised",
      recorded: "Response recorded by staff",
      voided: "Recorded response voided",
    },
    suggestion: { recorded: "Suggestion recorded (suggestion box)" },
    meeting: {
      recorded: "Meeting recorded",
      attendance: "Meeting attendance updated",
      secretCount: "Secret ballot at a meeting counted",
      minutesAttached: "Meeting minutes attached",
    },
    ballotRound: { created: "Ballot round created", counted: "Ballot count recorded" },
    theme: {
      created: "Theme created",
      renamed: "Theme renamed",
      deleted: "Theme deleted",
      opinionsAssigned: "Opinions put in a theme",
      opinionsUngrouped: "Opinions taken out of a theme",
      merged: "Themes merged",
      responded: "Theme answered (taken up, explained)",
      approved: "Answer approved",
    },
    record: {
      drafted: "Record drafted",
      updated: "Record draft edited",
      draftDeleted: "Record draft deleted",
      finalised: "Record finalised",
      changeRefused: "Change to a finalised record refused",
    },
  },
};
