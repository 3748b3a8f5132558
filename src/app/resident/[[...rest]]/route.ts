import { NextResponse, type NextRequest } from "next/server";
import { residentRedirect } from "@/server/communes/old-addresses";
import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

/** The household pages before communes had addresses of their own (printed slips carry them). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ rest?: string[] }> }) {
  const target = await residentRedirect(await getDb(), (await params).rest ?? [], request.nextUrl.search);
  return NextResponse.redirect(new URL(target, request.nextUrl), 308);
}
