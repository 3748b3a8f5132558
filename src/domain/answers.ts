// Checks a household's answers against the consultation's questions. Pure: returns every issue,
// each naming its field ("answers.<questionId>"), and the answers cleaned (NFC, trimmed, no
// duplicates), so what is stored is exactly what was checked.
import type { QuestionKindName } from "./consultation-plan";

export const MAX_ANSWER_TEXT = 2_000;

export type QuestionSpec = {
  id: string;
  kind: QuestionKindName;
  required: boolean;
  allowComment: boolean;
  options: { id: string; key: string | null }[];
};

export type AnswerInput = { questionId: string; optionIds: string[]; text: string; comment: string };

export type AnswerIssueCode =
  | "unknownQuestion"
  | "answerRequired"
  | "oneChoiceOnly"
  | "unknownOption"
  | "otherNeedsComment"
  | "commentNotAllowed"
  | "tooLong";

export type AnswerIssue = { field: string; code: AnswerIssueCode; params?: Record<string, number> };

const clean = (s: string) => s.normalize("NFC").trim();

export function validateAnswers(
  questions: readonly QuestionSpec[],
  answers: readonly AnswerInput[],
): { issues: AnswerIssue[]; answers: AnswerInput[] } {
  const issues: AnswerIssue[] = [];
  const byQuestion = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<string, AnswerInput>();
  for (const a of answers) {
    if (!byQuestion.has(a.questionId)) issues.push({ field: `answers.${a.questionId}`, code: "unknownQuestion" });
    else given.set(a.questionId, a);
  }
  const out: AnswerInput[] = [];
  for (const q of questions) {
    const field = `answers.${q.id}`;
    const raw = given.get(q.id);
    const optionIds = [...new Set(raw?.optionIds ?? [])];
    const text = clean(raw?.text ?? "");
    const comment = clean(raw?.comment ?? "");
    const known = new Set(q.options.map((o) => o.id));
    if (optionIds.some((id) => !known.has(id))) {
      issues.push({ field, code: "unknownOption" });
      continue;
    }
    const isChoice = q.kind !== "FREE_TEXT";
    const answered = isChoice ? optionIds.length > 0 : text.length > 0;
    if (!answered) {
      if (q.required) issues.push({ field, code: "answerRequired" });
      if (!comment) continue;
    }
    if ((q.kind === "APPROVAL" || q.kind === "SINGLE_CHOICE") && optionIds.length > 1)
      issues.push({ field, code: "oneChoiceOnly" });
    if (text.length > MAX_ANSWER_TEXT || comment.length > MAX_ANSWER_TEXT)
      issues.push({ field, code: "tooLong", params: { max: MAX_ANSWER_TEXT } });
    if (comment && !q.allowComment) issues.push({ field: `${field}.comment`, code: "commentNotAllowed" });
    const other = q.options.find((o) => o.key === "OTHER");
    // "Ý kiến khác" says nothing without its words.
    if (q.kind === "APPROVAL" && other && optionIds.includes(other.id) && !comment) {
      issues.push({ field: `${field}.comment`, code: "otherNeedsComment" });
    }
    out.push({ questionId: q.id, optionIds: isChoice ? optionIds : [], text: isChoice ? "" : text, comment });
  }
  return { issues, answers: out };
}
