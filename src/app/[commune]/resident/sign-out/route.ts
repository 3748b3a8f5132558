import type { NextRequest } from "next/server";
import { signOutPost } from "@/server/residents/posts";
import { respondToPost } from "@/server/residents/respond";

export const dynamic = "force-dynamic";

/** The resident pages' "sign out" button. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ commune: string }> }) {
  const { commune } = await params;
  return respondToPost(request, () => signOutPost(commune));
}
