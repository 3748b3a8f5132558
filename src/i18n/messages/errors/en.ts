import type { errorsVi } from "./vi";
import type { Strings } from "../strings";

export const errorsEn: Strings<typeof errorsVi> = {
  notFound: "The requested item was not found.",
  pageNotFound: "This page was not found.",
  unauthorized: "Please sign in to continue.",
  forbiddenTitle: "No access",
  forbidden: "You are not allowed to do this.",
  foreignOrigin:
    "Request refused: changes can only be sent from Ý Dân's own pages. Please open the page again and retry.",
  nulCharacter: "The data sent contains a character that is not allowed (NUL). Please remove it and send again.",
  badAddress: "This address is not valid. Please check the link.",
  badBody: "The data sent is not in a form that can be read. Please open the page again and send it again.",
  bodyTooLarge: "The data sent is too large (at most {max} MB).",
  invalidInput: "Some input is not valid. Please check the marked fields.",
  internal: "A system error occurred. Please try again; if it persists, tell the administrator.",
  tooManyRequests: "Too many attempts. Try again in {minutes} minutes.",
  backHome: "Back to the home page",
  notEditable: "Only drafts can be edited; this consultation is “{status}”.",
  staleVersion:
    "Someone else just changed this consultation. Reload the page to see the latest version, then edit again.",
  wrongState: "Cannot “{action}” while the consultation is “{status}”.",
  alreadyPublished: "The consultation is already published.",
  notYetPublished: "Opinions cannot be collected before the publication date.",
  onlineNotOffered: "This consultation does not take online responses.",
  notOpenYet: "The consultation has not opened yet. It opens at {time} on {day}.",
  consultationClosed: "The consultation closed at {time} on {day}. The response was not recorded.",
  answeredOnOtherChannel:
    "Your household already responded {channel} at {time} on {day}. Each household has one voice, so an online response cannot be added.",
  unknownHousehold: "No household with code “{code}” in this commune.",
  householdNotOnRoll: "Household “{code}” is not on this consultation's roll.",
  notAtMeeting: "Household “{code}” is not on the meeting's attendance list.",
  markPaperOnly: "Only a paper ballot can be recorded as blank or invalid.",
  channelNotOffered: "This consultation does not take responses {channel}.",
  alreadyAnsweredBy:
    "This household already responded {channel}, recorded by {by} at {time} on {day} (receipt {receipt}).",
  alreadyAnsweredOnline:
    "This household already sent its own response {channel} at {time} on {day} (receipt {receipt}).",
  alreadyVoided: "This response was already voided.",
  secretBallotConflict: "These households already responded on another channel; void those first: {codes}.",
  attendanceLocked: "The attendance list is fixed with the secret-ballot count; it cannot change.",
  votedAtMeeting:
    "These households voted at the meeting; void their votes before removing them from the attendance: {codes}.",
  answeredBeforeMeeting:
    "These households have already responded another way, so they cannot be listed to vote at the meeting: {codes}. Void that response first if needed.",
  heldAtMeeting:
    "This household is on the attendance list of the meeting at {place} at {time} on {day}: it gives its voice there. To record it another way, first remove it from that meeting's attendance list.",
  heldAtMeetingOnline:
    "Your household was marked present at the meeting at {place} at {time} on {day}, so it gives its opinion at that meeting and cannot answer online. If you were not at the meeting, ask your neighbourhood head to remove your household from its attendance list.",
  secretBallotNoVoid:
    "A secret ballot at a meeting carries no household's name, so one household's part cannot be voided: the meeting's count stands.",
  fieldRequired: "Please fill in this field.",
  notSecretBallot: "This meeting voted by show of hands; record each household's vote instead of counts.",
  concurrentChange: "The consultation's status just changed. Reload the page.",
  documentLocked: "Documents cannot be removed once the consultation is published; add a new document instead.",
  documentsClosed: "Documents cannot be added to a closed or cancelled consultation.",
  rollNotOpen: "The roll can only be amended while the consultation is open.",
  householdNotInArea: "No active household with code “{code}” in the consultation's area.",
  alreadyOnRoll: "Household “{code}” is already on the roll.",
  notOnRoll: "This household is not on the roll.",
  postingNotPublished: "Postings can be recorded only once the consultation is published.",
  materialsNotYet:
    "Publicity materials exist only once the consultation is approved and published, and not cancelled; this one is “{status}”.",
  postingTakenDown: "This posting has already been recorded as taken down.",
  rescheduleWrongState: "Only a published or open consultation can be rescheduled; this one is “{status}”.",
  recordsNotYet: "Result records are drawn up after the consultation closes; this one is “{status}”.",
  amendDraft: "Only a finalised record is corrected by a new one; edit a draft directly.",
  recordFinalised: "The record is finalised: it cannot be edited or deleted. Draw up a correction if needed.",
  staleRecord: "Someone else has just changed this draft. Reload the page and try again.",
  reportNotReady:
    "The report cannot be finalised yet: {ungrouped} opinions are not in a theme, {unanswered} themes have no response and {unapproved} responses await approval.",
  registerHasErrors: "The file still has {count} errors. Fix the lines listed and preview again.",
  registerChanged: "The register changed after the preview. Preview again before applying.",
  lastAdmin: "This is the commune's last active administrator: it cannot be deactivated or given another role.",
  cannotDeactivateSelf: "You cannot deactivate your own account.",
  neighbourhoodInactive: "The neighbourhood “{name}” is no longer active.",
  neighbourhoodInLiveConsultation:
    "Cannot merge while the consultation “{title}” (not yet closed) covers this neighbourhood.",
  themesNotWorkable:
    "Opinions are grouped and answered after the consultation closes and before its results are published; this one is “{status}”.",
  themeNotEmpty:
    "The theme still holds {count} opinions. Move them to another theme or ungroup them before deleting it.",
  themeHasMerged: "Other themes were merged into this one, so it cannot be deleted.",
  themeUnanswered: "The theme “{title}” has no response yet, so it cannot be approved.",
  resultsNotReady:
    "The results cannot be published yet: {ungrouped} opinions are not in a theme, {unanswered} themes have no response and {unapproved} responses await a leader's approval.",
  reminderTooLate: "The reminder cannot be changed: it has been queued already, or the consultation has ended.",
  messagesNotNow: "This kind of message cannot be sent in the consultation's present state.",
  messagesAlreadyQueued: "This message has been queued for the households already; it is not sent twice.",
  messagesNothingFailed: "No message has failed, so there is nothing to send again.",
};
