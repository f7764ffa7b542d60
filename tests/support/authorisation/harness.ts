// Runs one cell of the authorisation matrix: the real server action or route handler, called as a
// principal (the session a request would carry), and what the database says happened: denial records
// counted, and for a denial, proof that no domain row changed (SQLite's own count of rows written by the
// connection; on PostgreSQL a digest of every table's content, re-read).
import { db } from "@/lib/db";
import { MESSAGES, type ActionResult } from "@/lib/actions/result";
import type { Role } from "@/generated/prisma/sqlite/enums";
import { backend } from "../backend";
import type { Position, World } from "./world";

/** What a request carries: the session its cookie decodes to, and the cookies an action sets. */
export interface RequestState {
  sessionId: string | null;
  cookies: Map<string, string>;
}

export type Invoke = { form: Record<string, string | readonly string[]> } | { method?: string; url: string; params: Record<string, string>; body?: FormData };

export interface Case {
  /** Where a target of this action can exist. */
  positions: readonly Position[];
  /** The expected allows; every other principal and position is a denial. */
  allow: Partial<Record<Role, readonly Position[]>>;
  /** A fresh, valid request whose target sits at the position (built by the target's owners). */
  build: (w: World, at: Position) => Promise<Invoke>;
  /** The action changes the acting account itself: allowed cells act as a new user of the role. */
  freshActor?: boolean;
  /** A download that holds no record (a blank template): nothing for the audit trail. */
  holdsNoRecord?: boolean;
}

export class RedirectSignal extends Error {
  constructor(readonly to: string) {
    super(`NEXT_REDIRECT ${to}`);
  }
}

export type Verdict = { kind: "allow" | "deny"; detail: string; download?: boolean } | { kind: "broken"; detail: string };

type ServerAction = (previous: ActionResult, form: FormData) => Promise<unknown>;
type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export function formData(fields: Record<string, string | readonly string[]>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of typeof v === "string" ? [v] : v) form.append(k, value);
  return form;
}

export async function invoke(fn: unknown, call: Invoke): Promise<Verdict> {
  if ("form" in call) {
    try {
      const result = (await (fn as ServerAction)({ ok: false }, formData(call.form))) as ActionResult | undefined;
      if (result?.ok) return { kind: "allow", detail: result.message ?? "ok" };
      if (result && !result.ok && (result.formError === MESSAGES.notFound || result.formError === MESSAGES.unauthenticated))
        return { kind: "deny", detail: result.formError };
      return { kind: "broken", detail: JSON.stringify(result).slice(0, 600) };
    } catch (error) {
      if (error instanceof RedirectSignal) return { kind: "allow", detail: `→ ${error.to}` };
      return { kind: "broken", detail: String((error as Error)?.stack ?? error).slice(0, 600) };
    }
  }
  const request = new Request(new URL(call.url, "http://portal.test"), {
    method: call.method ?? "GET",
    body: call.body,
    headers: call.body ? { origin: "http://portal.test", host: "portal.test" } : { host: "portal.test" },
  });
  const response = await (fn as RouteHandler)(request, { params: Promise.resolve(call.params) });
  const location = response.headers.get("location") ?? "";
  // An upload that passed the checks but was refused by its own rules comes back with an error in the query.
  if (/[?&](\w*Error|loi)=/.test(location)) return { kind: "broken", detail: `${response.status} → ${location}` };
  if (response.status < 400 && !location && (call.method ?? "GET") === "GET") {
    // A download that is allowed must deliver something.
    const bytes = (await response.arrayBuffer()).byteLength;
    return bytes > 0
      ? { kind: "allow", detail: `${response.status}, ${bytes} bytes`, download: true }
      : { kind: "broken", detail: `${response.status} with an empty body` };
  }
  if (response.status < 400) return { kind: "allow", detail: `${response.status}${location ? ` → ${location}` : ""}` };
  if (response.status === 401 || response.status === 403 || response.status === 404) return { kind: "deny", detail: String(response.status) };
  return { kind: "broken", detail: `${response.status} ${(await response.text()).slice(0, 300)}` };
}

export const denials = () => db.auditEvent.count({ where: { outcome: "DENIED" } });
export const allowedEvents = () => db.auditEvent.count({ where: { outcome: "ALLOWED" } });

/** Whether rows other than audit events changed between two fingerprints, `events` audit rows having been added. */
export function domainChanged(before: string, after: string, events: number): boolean {
  return backend === "sqlite" ? Number(after) - Number(before) > events : before !== after;
}

/** What a denial must leave unchanged. */
export async function fingerprint(): Promise<string> {
  if (backend === "sqlite") {
    // Every row inserted, updated or deleted through this process's one connection, since it opened.
    const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT total_changes() AS n");
    return String(row.n);
  }
  const tables = await db.$queryRawUnsafe<{ t: string }[]>(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('AuditEvent', '_prisma_migrations') ORDER BY 1",
  );
  const sql = tables
    .map(({ t }) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS d FROM "${t}" x`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; d: string }[]>(sql);
  return rows
    .map((r) => `${r.t}=${r.d}`)
    .sort()
    .join(";");
}

/** On SQLite a denial writes exactly one row (its record); elsewhere the digest of every other table is unchanged. */
export function unchanged(before: string, after: string): boolean {
  return backend === "sqlite" ? Number(after) - Number(before) === 1 : before === after;
}

/** A page's answer: rendered (showing the target), 404, sent to sign in, or anything else (broken). */
export type PageVerdict = { kind: "page" | "404" | "login" | "broken"; detail: string };

/** Every string a rendered element tree carries (children and props, into the data handed to client components). */
export function textOf(node: unknown, seen = new Set<unknown>(), depth = 0): string {
  if (node == null || typeof node === "boolean" || depth > 40) return "";
  if (typeof node === "string" || typeof node === "number") return `${node} `;
  if (typeof node !== "object" || seen.has(node)) return "";
  seen.add(node);
  if (Array.isArray(node)) return node.map((n) => textOf(n, seen, depth + 1)).join("");
  if (node instanceof Date || node instanceof Promise) return "";
  const props = (node as { props?: unknown }).props;
  const values = props && typeof props === "object" ? Object.values(props) : Object.values(node);
  return values.map((v) => textOf(v, seen, depth + 1)).join("");
}

type PageComponent = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<unknown>;

export async function renderPage(
  page: unknown,
  call: { params: Record<string, string>; search?: Record<string, string>; shows: string },
): Promise<PageVerdict> {
  try {
    const tree = await (page as PageComponent)({ params: Promise.resolve(call.params), searchParams: Promise.resolve(call.search ?? {}) });
    return textOf(tree).includes(call.shows) ? { kind: "page", detail: "" } : { kind: "broken", detail: `rendered without “${call.shows}”` };
  } catch (error) {
    if (error instanceof RedirectSignal)
      return error.to.startsWith("/login") ? { kind: "login", detail: error.to } : { kind: "broken", detail: `redirect → ${error.to}` };
    if ((error as Error)?.message === "NEXT_NOT_FOUND") return { kind: "404", detail: "" };
    return { kind: "broken", detail: String((error as Error)?.stack ?? error).slice(0, 600) };
  }
}
