import type { NextRequest } from "next/server";
import { answersPost } from "@/server/residents/posts";
import { respondToPost } from "@/server/residents/respond";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ commune: string; id: string }> };

/** The answers form (src/pages/[commune]/resident/c/[id]/index.tsx): kept as a draft, then the review. */
export async function POST(request: NextRequest, { params }: Params) {
  const { commune, id } = await params;
  return respondToPost(request, (db, input) => answersPost(db, commune, id, input));
}
