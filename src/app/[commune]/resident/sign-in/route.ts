import type { NextRequest } from "next/server";
import { signInPost } from "@/server/residents/posts";
import { respondToPost } from "@/server/residents/respond";

export const dynamic = "force-dynamic";

/** The household sign-in form (src/pages/[commune]/resident/index.tsx). */
export async function POST(request: NextRequest, { params }: { params: Promise<{ commune: string }> }) {
  const { commune } = await params;
  return respondToPost(request, (db, input) => signInPost(db, commune, input));
}
