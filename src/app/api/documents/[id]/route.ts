import contentDisposition from "content-disposition";
import { getSessionActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getDocumentForDownload } from "@/server/documents/data";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [db, session] = await Promise.all([getDb(), getSessionActor()]);
  const doc = await getDocumentForDownload(db, session, id.slice(0, 64), new Date());
  if (!doc?.content) return new Response("Không tìm thấy tài liệu.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (request.headers.get("if-none-match") === `"${doc.sha256}"`) return new Response(null, { status: 304 });
  const download = new URL(request.url).searchParams.has("download");
  return new Response(Buffer.from(doc.content), {
    headers: {
      "content-type": doc.mimeType,
      "content-length": String(doc.size),
      "content-disposition": contentDisposition(doc.fileName, { type: download ? "attachment" : "inline" }),
      etag: `"${doc.sha256}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=300",
    },
  });
}
