import type { validationVi } from "./vi";
import type { Strings } from "../strings";

export const validationEn: Strings<typeof validationVi> = {
  plan: {
    titleRequired: "Enter a title for the consultation.",
    summaryRequired: "Enter a summary.",
    areaRequired: "Choose at least one neighbourhood for the area.",
    unknownNeighbourhood: "A chosen neighbourhood does not belong to this commune or is no longer active.",
    channelsRequired: "Choose at least one channel.",
    channelNotAllowed:
      "The channel “{channel}” does not apply to “{matter}” ({basis, select, decree321 {Decree 321/2025} other {Law on Grassroots Democracy, Art 17}}).",
    onlineNotAllowed:
      "Online voting is not allowed for “{matter}” (Law on Grassroots Democracy, Art 17; Decree 59/2023, Art 5).",
    questionsRequired: "Add at least one question.",
    questionTextRequired: "Enter the question's text.",
    optionsRequired: "A choice question needs at least two options, none of them empty.",
    optionDuplicate: "Options must not repeat.",
    approvalRequired:
      "A community decision needs an agree / disagree question to count approval ({basis, select, decree321 {Decree 321/2025} other {Law on Grassroots Democracy, Art 21}}).",
    scheduleRequired: "Enter this date.",
    openBeforePublish: "Opening cannot be before publication.",
    closeBeforeOpen: "Closing must be after opening.",
    minOpinionPeriod:
      "Opinions must be collected for at least {days} days from publication (Law on Grassroots Democracy, Art 28).",
    meetingRequired: "“{matter}” needs a meeting: enter its date.",
    minPostingBeforeMeeting:
      "The draft must be posted at least {days} days before the meeting ({basis, select, landLaw {Land Law 2024, Art 87} other {Decree 61/2023, Art 9}}).",
    meetingOutsidePeriod: "The meeting must fall within the consultation period.",
    advisoryNoRule: "Opinion matters are advisory: there is no pass/fail rule (Law on Grassroots Democracy, Art 25).",
    ruleInvalid: "The approval ratio must be a fraction between 0 and 1.",
    ruleLooser:
      "The approval ratio cannot be below the legal minimum: {inclusive, select, true {at least {numerator}/{denominator}} other {more than {numerator}/{denominator}}} of all households ({basis, select, decree321 {Decree 321/2025} other {Law on Grassroots Democracy, Art 21 k1}}).",
    reasonRequired: "Give a reason.",
    fileRequired: "Choose a file.",
    fileEmpty: "The file “{name}” is empty.",
    fileTooLarge: "The file “{name}” is {size} MB, over the {max} MB limit.",
    fileType: "The file “{name}” is not a PDF or an image (JPG, PNG, WebP).",
    documentTitleRequired: "Enter the document's title.",
    loudspeakerDays:
      "Loudspeaker announcements must run for at least {days} consecutive days (Law on Grassroots Democracy, Art 13).",
    validBeforePosted: "The end of the posting must be after its start.",
    postedInFuture: "The posting date cannot be in the future.",
    postedBeforePublication: "The posting date cannot be before the consultation was published.",
    neighbourhoodRequired: "Choose the neighbourhood where the notice was posted.",
    photoNotImage: "The posting photo must be an image uploaded to this consultation.",
    householdCodeRequired: "Enter a household code.",
  },
  answer: {
    unknownQuestion: "This question is not part of the consultation.",
    answerRequired: "Please answer this question.",
    oneChoiceOnly: "Choose only one option.",
    unknownOption: "The chosen option does not belong to this question.",
    otherNeedsComment: "Please write your household's other opinion.",
    commentNotAllowed: "This question takes no comment.",
    tooLong: "Too long (at most {max} characters).",
  },
  count: {
    negative: "Ballot numbers must be whole numbers, not negative.",
    returnedOverIssued: "More ballots returned (or issued) than allowed.",
    issuedOverPresent: "More ballots issued than households present at the meeting.",
    issuedOverRoll: "More ballots issued than households on the roll.",
    validPlusInvalid: "Valid plus invalid ballots must equal the ballots returned.",
    countsOverValid: "The option counts add up to more than the valid ballots.",
    committeeSize: "The counting committee must have 3 to 5 members (Decree 59/2023, Art 3 k5).",
    witnesses: "At least 2 household representatives must witness the count (Decree 59/2023, Art 3 k5).",
    teamSize: "The ballot team must have 3 to 5 members (Law on Grassroots Democracy, Art 19 k2).",
    roundWitnesses: "At least 2 household representatives must witness the count (Decree 59/2023, Art 4 k6).",
    noticeTooShort: "The ballot must be announced at least 2 days before delivery (Decree 59/2023, Art 4).",
    collectBeforeDelivery: "The collection deadline must be after delivery.",
  },
  staff: {
    errors: {
      passwordShort: "The password must be at least {min} characters.",
      passwordHasUsername: "The password must not contain the username.",
      passwordMix: "The password must contain digits and other characters.",
      badUsername:
        "A username is 3–40 characters: lower-case letters without accents, digits and . _ -, starting with a letter or digit.",
      usernameTaken: "The username “{username}” is taken.",
      headNeedsNeighbourhood: "A neighbourhood head must be linked to a neighbourhood.",
      unknownNeighbourhood: "No such neighbourhood (or it is no longer active).",
      wrongPassword: "The current password is wrong.",
      samePassword: "The new password must differ from the current one.",
    },
  },
  neighbourhoods: {
    errors: {
      badCode: "A neighbourhood code is 1–20 characters: letters without accents, digits and . _ -.",
      codeTaken: "The code “{code}” is used by another neighbourhood.",
      mergeIntoItself: "A neighbourhood cannot be merged into itself.",
    },
  },
};
