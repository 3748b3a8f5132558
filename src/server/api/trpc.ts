// The procedure chain: public → signed in (actor re-read from the database) → permission → the
// actor's kind (staff or household, so ctx.actor is typed for the server function it is handed to).
// Every procedure names a permission from src/domain/roles.ts in its meta; one without it is refused
// at run time, and a test walks the router to prove none is missing.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { can, isProvinceRole, isPublic, PERMISSIONS, PROVINCE_LEVEL, type Permission, type Role } from "@/domain/roles";
import { getTranslator } from "@/i18n/translate";
import { loadActor, type HouseholdActor, type StaffActor } from "../auth/actor";
import { AppError, type AppErrorCode, type AppErrorParams } from "../errors";
import { hasNul } from "../security/input";
import type { Context } from "./context";

export type Meta = { permission: Permission };

const TRPC_CODE: Record<AppErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
};

const DEFAULT_KEY: Partial<Record<TRPCError["code"], string>> = {
  UNAUTHORIZED: "unauthorized",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  BAD_REQUEST: "invalidInput",
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const locale = ctx?.locale ?? "vi";
      const tr = getTranslator(locale);
      const raw = (key: string, params?: Record<string, string | number>) =>
        tr(key as Parameters<typeof tr>[0], params as never);
      // Parameters that are message keys themselves ("@matter.X") are translated first.
      const translateParams = (params: AppErrorParams = {}) =>
        Object.fromEntries(
          Object.entries(params).map(([k, v]) => [k, typeof v === "string" && v.startsWith("@") ? raw(v.slice(1)) : v]),
        );
      const translate = (key: string, params?: AppErrorParams) => raw(`errors.${key}`, translateParams(params));
      const cause = error.cause;
      // Internal details (stack, cause) stay in the server log, never in the response.
      const data: Omit<typeof shape.data, "stack"> & { stack?: string } = { ...shape.data };
      delete data.stack;
      if (cause instanceof AppError) {
        const issues = cause.issues.map((i) => ({ path: i.field, message: raw(i.key, translateParams(i.params)) }));
        const message = issues.length ? issues[0].message : translate(cause.key, cause.params);
        return { ...shape, message, data: { ...data, appCode: cause.key, params: cause.params, issues } };
      }
      if (cause instanceof ZodError) {
        const localeError = (locale === "vi" ? z.locales.vi() : z.locales.en()).localeError;
        const issues = cause.issues.map((issue) => {
          // Schemas may name a message of ours ("@errors.x"); otherwise zod's own, in the caller's language.
          if (issue.message.startsWith("@"))
            return { path: issue.path.join("."), message: raw(issue.message.slice(1)) };
          const out = localeError(issue as never);
          return {
            path: issue.path.join("."),
            message: typeof out === "string" ? out : (out?.message ?? issue.message),
          };
        });
        const first = issues[0];
        const message = first
          ? `${translate("invalidInput")} ${first.path ? `${first.path}: ` : ""}${first.message}`
          : translate("invalidInput");
        return { ...shape, message, data: { ...data, appCode: "invalidInput", issues } };
      }
      const key = DEFAULT_KEY[error.code] ?? "internal";
      return { ...shape, message: translate(key), data: { ...data, appCode: key } };
    },
  });

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  return result;
});

const requireMeta = t.middleware(({ meta, next }) => {
  if (!meta?.permission) throw new TRPCError({ code: "FORBIDDEN", message: "procedure has no permission" });
  return next();
});

/**
 * No procedure takes U+0000 anywhere in its input (PostgreSQL cannot store it and fails the whole
 * statement): refused here for every procedure, JSON and multipart alike, with a translated 400,
 * before its own schema runs (src/server/security/input.ts).
 */
const refuseNul = t.middleware(async ({ getRawInput, next }) => {
  if (hasNul(await getRawInput())) throw new AppError("BAD_REQUEST", "nulCharacter");
  return next();
});

const base = t.procedure.use(requireMeta).use(mapAppErrors).use(refuseNul);

/** The session's actor from the database; once per HTTP request when the context carries `actorOnce`. */
function actorOf(ctx: Context) {
  if (!ctx.session) return null;
  if (!ctx.actorOnce) return loadActor(ctx.db, ctx.session, ctx.viewCommuneId);
  const key = JSON.stringify([ctx.session, ctx.viewCommuneId ?? null]);
  let actor = ctx.actorOnce.get(key);
  if (!actor) ctx.actorOnce.set(key, (actor = loadActor(ctx.db, ctx.session, ctx.viewCommuneId)));
  return actor;
}

const signedIn = base.use(async ({ ctx, next }) => {
  const actor = await actorOf(ctx);
  if (!actor) throw new AppError("UNAUTHORIZED", "unauthorized");
  return next({ ctx: { ...ctx, actor } });
});

const permitted = signedIn.use(({ ctx, meta, next }) => {
  const permission = meta!.permission;
  if (!can(ctx.actor.role, permission)) throw new AppError("FORBIDDEN", "forbidden");
  // A province reader reads one commune at a time, the one chosen from the province summary; with
  // none chosen there is nothing of a commune's to find.
  if (isProvinceRole(ctx.actor.role) && !ctx.actor.communeId && !PROVINCE_LEVEL.has(permission))
    throw AppError.notFound("commune");
  return next();
});

// A household's role is RESIDENT and a staff actor's never is, so the matrix already keeps each kind
// out of the other's procedures (refused above, before the input is read). These two checks only
// narrow ctx.actor's type; they are never what refuses a caller.
const staffOnly = permitted.use(async ({ ctx, type, next }) => {
  const actor = ctx.actor;
  if (actor.type !== "staff") throw new AppError("FORBIDDEN", "forbidden");
  const result = await next({ ctx: { ...ctx, actor: actor satisfies StaffActor } });
  // What the public sees changes only by staff writes (and the clock, which the cache's keys follow):
  // every staff mutation drops its commune's cached public pages before its answer is sent, so none is
  // forgotten; a province-level one (a commune set up, an account of any commune) drops them all.
  // Refused ones too: a write that failed half-way is rolled back, and dropping costs a re-render.
  if (type === "mutation")
    await ctx.publicCache?.invalidate(isProvinceRole(actor.role) ? null : actor.communeId || null);
  return result;
});

const householdOnly = permitted.use(({ ctx, next }) => {
  const actor = ctx.actor;
  if (actor.type !== "household") throw new AppError("FORBIDDEN", "forbidden");
  return next({ ctx: { ...ctx, actor: actor satisfies HouseholdActor } });
});

/** Who holds a permission: staff only, households only, or both (session.read). */
function holders(permission: Permission): "staff" | "household" | "both" {
  const roles = PERMISSIONS[permission] as readonly Role[];
  const residents = roles.includes("RESIDENT");
  return !residents ? "staff" : roles.length === 1 ? "household" : "both";
}

// The only ways to declare a procedure: name its permission. The builder must match who holds it,
// checked when the router is built, so a procedure cannot be typed for a kind of actor it never sees.
export function publicProcedure(permission: Permission) {
  if (!isPublic(permission)) throw new Error(`${permission} is not a public permission`);
  return base.meta({ permission });
}

/** Any signed-in actor holding the permission, staff or household: ctx.actor is an Actor. */
export function permittedProcedure(permission: Permission) {
  if (isPublic(permission)) throw new Error(`${permission} is public: use publicProcedure`);
  if (holders(permission) !== "both")
    throw new Error(`${permission} is held by ${holders(permission)} only: use ${holders(permission)}Procedure`);
  return permitted.meta({ permission });
}

/** Staff holding the permission: ctx.actor is a StaffActor. */
export function staffProcedure(permission: Permission) {
  if (isPublic(permission) || holders(permission) !== "staff")
    throw new Error(`${permission} is not a staff-only permission`);
  return staffOnly.meta({ permission });
}

/** A signed-in household holding the permission: ctx.actor is a HouseholdActor. */
export function householdProcedure(permission: Permission) {
  if (isPublic(permission) || holders(permission) !== "household")
    throw new Error(`${permission} is not a household-only permission`);
  return householdOnly.meta({ permission });
}
