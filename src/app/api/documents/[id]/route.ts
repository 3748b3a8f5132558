import { contentDispositionFor } from "@/domain/file-names";
import { getSessionActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getDocumentForDownload } from "@/server/documents/data";
import { addressId } from "@/server/security/input";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Only the app's own ids reach the database (NUL or a malformed escape would be a 500 there).
  const id = addressId((await params).id);
  if (!id)
    return new Response("Không tìm thấy tài liệu.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const [db, session] = await Promise.all([getDb(), getSessionActor()]);
  const doc = await getDocumentForDownload(db, session, id, new Date());
  if (!doc?.content)
    return new Response("Không tìm thấy tài liệu.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  if (request.headers.get("if-none-match") === `"${doc.sha256}"`) return new Response(null, { status: 304 });
  const download = new URL(request.url).searchParams.has("download");
  return new Response(Buffer.from(doc.content), {
    headers: {
      "content-type": doc.mimeType,
      "content-length": String(doc.size),
      // RFC 6266: an ASCII filename and the UTF-8 filename*, from a name with no quote, CR/LF or path.
      "content-disposition": contentDispositionFor(doc.fileName, download ? "attachment" : "inline"),
      etag: `"${doc.sha256}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=300",
    },
  });
}
