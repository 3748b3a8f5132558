import type { NextRequest } from "next/server";
import { submitPost } from "@/server/residents/posts";
import { respondToPost } from "@/server/residents/respond";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ commune: string; id: string }> };

/** The review page's "send" (src/pages/[commune]/resident/c/[id]/review.tsx). */
export async function POST(request: NextRequest, { params }: Params) {
  const { commune, id } = await params;
  return respondToPost(request, (db, input) => submitPost(db, commune, id, input));
}
