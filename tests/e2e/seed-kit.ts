// Pieces the browser tests' seeds share (server.ts, seed-resident.ts, seed-sweep.ts).

/** An approval question with the three options every seeded vote offers, as Prisma's nested create. */
export function approvalQuestion(position: number, text: string) {
  return {
    position,
    kind: "APPROVAL" as const,
    text,
    options: {
      create: [
        { position: 0, key: "AGREE", label: "Đồng ý" },
        { position: 1, key: "DISAGREE", label: "Không đồng ý" },
        { position: 2, key: "OTHER", label: "Ý kiến khác" },
      ],
    },
  };
}
