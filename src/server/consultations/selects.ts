// Parts of a consultation that several reads select alike, so each is written once.
import type { Prisma } from "@/generated/prisma/client";

/** What every list and page that names a consultation shows of it. */
export const CONSULTATION_HEADING = {
  id: true,
  title: true,
  summary: true,
  matter: true,
  mode: true,
  status: true,
} as const satisfies Prisma.ConsultationSelect;

/** The questions in order, each with its options in order (every column): what answers are checked against. */
export const QUESTIONS_WITH_OPTIONS = {
  orderBy: { position: "asc" },
  include: { options: { orderBy: { position: "asc" } } },
} as const satisfies Prisma.Consultation$questionsArgs;

/** The questions in order as results show them: the text, and each option's key and label. */
export const QUESTIONS_AS_ASKED = {
  orderBy: { position: "asc" },
  select: {
    id: true,
    kind: true,
    text: true,
    options: { orderBy: { position: "asc" }, select: { id: true, key: true, label: true } },
  },
} as const satisfies Prisma.Consultation$questionsArgs;
