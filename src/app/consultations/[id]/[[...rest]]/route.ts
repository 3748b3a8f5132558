import { NextResponse, type NextRequest } from "next/server";
import { consultationRedirect } from "@/server/communes/old-addresses";
import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

/** A consultation's public page before communes had addresses of their own. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; rest?: string[] }> }) {
  const { id, rest } = await params;
  const target = await consultationRedirect(await getDb(), id, rest ?? []);
  return NextResponse.redirect(new URL(target, request.nextUrl), 308);
}
