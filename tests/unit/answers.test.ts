import { describe, expect, test } from "vitest";
import { validateAnswers, type AnswerInput, type QuestionSpec } from "@/domain/answers";

const approval: QuestionSpec = {
  id: "q1",
  kind: "APPROVAL",
  required: true,
  allowComment: true,
  options: [
    { id: "agree", key: "AGREE" },
    { id: "disagree", key: "DISAGREE" },
    { id: "other", key: "OTHER" },
  ],
};
const multiple: QuestionSpec = {
  id: "q2",
  kind: "MULTIPLE_CHOICE",
  required: true,
  allowComment: false,
  options: [
    { id: "a", key: null },
    { id: "b", key: null },
  ],
};
const free: QuestionSpec = { id: "q3", kind: "FREE_TEXT", required: false, allowComment: false, options: [] };
const questions = [approval, multiple, free];
const answer = (questionId: string, optionIds: string[] = [], comment = "", text = ""): AnswerInput => ({
  questionId,
  optionIds,
  text,
  comment,
});

describe("a household's answers", () => {
  test.each([
    ["complete answers pass", [answer("q1", ["agree"]), answer("q2", ["a", "b"])], []],
    ["an unanswered required question", [answer("q2", ["a"])], ["answers.q1:answerRequired"]],
    [
      "two choices on an approval question",
      [answer("q1", ["agree", "disagree"]), answer("q2", ["a"])],
      ["answers.q1:oneChoiceOnly"],
    ],
    ["an option of another question", [answer("q1", ["a"]), answer("q2", ["a"])], ["answers.q1:unknownOption"]],
    [
      "'other' without its words",
      [answer("q1", ["other"]), answer("q2", ["a"])],
      ["answers.q1.comment:otherNeedsComment"],
    ],
    ["'other' with its words", [answer("q1", ["other"], "Đề nghị lùi thời gian thi công"), answer("q2", ["a"])], []],
    [
      "a comment where none is allowed",
      [answer("q1", ["agree"]), answer("q2", ["a"], "góp ý")],
      ["answers.q2.comment:commentNotAllowed"],
    ],
    [
      "a question that is not in the consultation",
      [answer("q1", ["agree"]), answer("q2", ["a"]), answer("zz", [])],
      ["answers.zz:unknownQuestion"],
    ],
    [
      "a comment over 2,000 characters",
      [answer("q1", ["agree"], "x".repeat(2001)), answer("q2", ["a"])],
      ["answers.q1:tooLong"],
    ],
  ])("%s", (_label, answers, expected) => {
    expect(validateAnswers(questions, answers).issues.map((i) => `${i.field}:${i.code}`)).toEqual(expected);
  });

  test("answers are cleaned: NFC, trimmed, duplicates dropped, free text kept only for free-text questions", () => {
    const decomposed = "Ý kiến khác".normalize("NFD");
    const { answers } = validateAnswers(questions, [
      answer("q1", ["other", "other"], `  ${decomposed} `),
      answer("q2", ["a"]),
      answer("q3", [], "", "  Cần thêm bãi đỗ xe  "),
    ]);
    expect(answers).toEqual([
      { questionId: "q1", optionIds: ["other"], text: "", comment: "Ý kiến khác" },
      { questionId: "q2", optionIds: ["a"], text: "", comment: "" },
      { questionId: "q3", optionIds: [], text: "Cần thêm bãi đỗ xe", comment: "" },
    ]);
  });
});
