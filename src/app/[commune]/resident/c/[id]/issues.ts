import "server-only";
import { getTranslations } from "next-intl/server";
import { validateAnswers, type AnswerInput, type QuestionSpec } from "@/domain/answers";

/** The draft's problems, translated, keyed by field ("answers.<questionId>[.comment]"). */
export async function draftIssues(
  questions: QuestionSpec[],
  draft: AnswerInput[] | null,
): Promise<Record<string, string>> {
  if (!draft) return {};
  const t = await getTranslations("answer");
  const out: Record<string, string> = {};
  for (const issue of validateAnswers(questions, draft).issues)
    out[issue.field] ??= t(issue.code, issue.params as never);
  return out;
}
