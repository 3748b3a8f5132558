import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import { appRouter } from "@/server/api/root";
import { createRequestContext } from "@/server/api/server-caller";
import { originAllowed } from "@/server/security/origin";

export const dynamic = "force-dynamic";

const FORBIDDEN = "FORBIDDEN";

/** tRPC streams its answer when asked for JSON lines, by its own header or Accept. */
function wantsStream(req: Request) {
  const own = req.headers.get("trpc-accept");
  if (own) return own === "application/jsonl";
  return (req.headers.get("accept") ?? "").split(",").some((t) => t.trim() === "application/jsonl");
}

async function handler(req: Request) {
  // src/proxy.ts refuses a state change from another origin first; this second line keeps a
  // mutation (JSON or multipart) from ever running without the app's own Origin, whatever the
  // proxy's matcher says (OWASP CSRF cheat sheet, "Verifying Origin With Standard Headers").
  if (!originAllowed(req)) {
    const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
    const error = {
      json: {
        message: getTranslator(locale)("errors.foreignOrigin"),
        code: -32003,
        data: { code: FORBIDDEN, httpStatus: 403, appCode: "foreignOrigin" },
      },
    };
    const url = new URL(req.url);
    // A batched call (?batch=1) answers one error per procedure named in the path.
    const calls = url.pathname
      .split("/")
      .pop()!
      .split(",")
      .map(() => ({ error }));
    return Response.json(url.searchParams.get("batch") === "1" ? calls : { error }, {
      status: 403,
      headers: { "cache-control": "no-store" },
    });
  }
  // Answers are whole, never streamed (the app's client batches without streaming): a mutation drops
  // the public pages' cached data as this handler returns (src/server/public-cache/tags.ts), so every
  // procedure must have finished by then; a streamed one would finish after and its drop be lost.
  if (wantsStream(req)) {
    return Response.json(
      {
        error: {
          json: {
            message: "streamed answers are not served",
            code: -32600,
            data: { code: "BAD_REQUEST", httpStatus: 400 },
          },
        },
      },
      { status: 400, headers: { "cache-control": "no-store" } },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: createRequestContext,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
