// The authorisation matrix (issue 9): every server action and route handler found in the code, called as
// every principal (no session, a disabled user, a revoked session, each role) on targets at every position
// (own commune, another commune of the district, a commune of another district, the district, the
// province). Each cell has an expected allow or deny; a denial must change no domain row (re-read from the
// database) and add exactly one denial record. An action without an entry fails the first test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { allowedEvents, denials, domainChanged, fingerprint, invoke, renderPage, unchanged, type Case, type Invoke } from "../support/authorisation/harness";
import { PAGE_CASES, TWO_LEVEL_PAGE_CASES } from "../support/authorisation/pages";
import { buildWorld, freshPrincipal, PRINCIPALS, type Principal, type World } from "../support/authorisation/world";
import { ENTRIES, isPublic } from "../support/authorisation/cases";
import {
  buildTwoLevelWorld,
  codeKeyOf,
  TODAY,
  TWO_LEVEL_CASES,
  TWO_LEVEL_PRINCIPALS,
  type TwoLevelCase,
  type TwoLevelWorld,
} from "../support/authorisation/two-level";
import { onBusinessDay } from "@/lib/time/today";
import { backend } from "../support/backend";

const request = vi.hoisted(() => {
  // Signing in issues a session cookie signed with the deployment's secret.
  process.env.NEXTAUTH_SECRET ??= "matrix-secret-0123456789abcdef0123456789abcdef";
  return { sessionId: null as string | null, cookies: new Map<string, string>() };
});

// The network edge: the request's headers and cookie jar, where a request with a session carries a real
// session cookie (encrypted with the secret, as the browser sends it back); Next's cache and navigation
// signals. Everything behind them (the cookie's decoding, sessions, actors, permissions, writes) is real.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "matrix", "x-forwarded-for": "127.0.0.1" }),
  cookies: async () => {
    const { encodeSessionToken } = await import("@/lib/auth/jwt");
    const { sessionCookieName } = await import("@/lib/auth/options");
    const sent = new Map(request.cookies);
    if (request.sessionId && !sent.has(sessionCookieName())) {
      sent.set(sessionCookieName(), await encodeSessionToken({ token: { sid: request.sessionId }, secret: process.env.NEXTAUTH_SECRET! }));
    }
    return {
      get: (name: string) => (sent.has(name) ? { name, value: sent.get(name) } : undefined),
      getAll: () => [...sent].map(([name, value]) => ({ name, value })),
      has: (name: string) => sent.has(name),
      set: (name: string, value: string) => void request.cookies.set(name, value),
      delete: (name: string) => void request.cookies.delete(name),
    };
  },
}));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/navigation", async () => {
  const { RedirectSignal } = await import("../support/authorisation/harness");
  return {
    redirect: (to: string) => {
      throw new RedirectSignal(to);
    },
    notFound: () => {
      throw new Error("NEXT_NOT_FOUND");
    },
  };
});

const ROOT = process.cwd();
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return name === "node_modules" ? [] : sources(rel);
    return /\.tsx?$/.test(name) ? [rel] : [];
  });
}

/** Every server action ("use server" modules' exports) and route handler (route.ts methods) in lib/ and app/. */
async function discover(): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  for (const file of [...sources("lib"), ...sources("app")]) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    const serverActions = /^\s*(\/\/.*\n\s*)*["']use server["']/.test(text);
    const route = path.basename(file) === "route.ts";
    if (!serverActions && !route) continue;
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      if (serverActions || METHODS.includes(name)) found.set(`${file}#${name}`, value);
    }
  }
  return found;
}

let world: World;
let code: Map<string, unknown>;
const totals = { cells: 0, allows: 0, denials: 0, pages: 0 };

beforeAll(async () => {
  code = await discover();
  world = await buildWorld();
}, 120_000);

/** A session idle for a minute is touched when it is next used: keep them fresh outside the measured call. */
async function keepSessionsFresh(sessions: Record<string, string | null> = world.sessions) {
  const ids = Object.values(sessions).filter((s): s is string => s !== null);
  await db.session.updateMany({ where: { id: { in: ids }, lastSeenAt: { lt: new Date(Date.now() - 20_000) } }, data: { lastSeenAt: new Date() } });
}

interface Tally {
  cells: number;
  allows: number;
  problems: string[];
}

async function runCase(fn: unknown, c: Case): Promise<Tally> {
  const tally: Tally = { cells: 0, allows: 0, problems: [] };
  for (const at of c.positions) {
    // One target serves every principal expected to be denied: a denial leaves it as it was (checked).
    const shared = await c.build(world, at);
    for (const principal of PRINCIPALS) {
      const expected = principal in c.allow && (c.allow[principal as keyof Case["allow"]] ?? []).includes(at) ? "allow" : "deny";
      let sessionId = world.sessions[principal];
      let call: Invoke = shared;
      if (expected === "allow") {
        call = await c.build(world, at);
        if (c.freshActor) sessionId = (await freshPrincipal(principal as Exclude<Principal, "none" | "disabled" | "revoked">)).sessionId;
      }
      await keepSessionsFresh();
      await measureCell(tally, fn, call, sessionId, `${principal} → ${at}`, expected, c.holdsNoRecord);
    }
  }
  return tally;
}

/**
 * One cell: the call made with the principal's session, and what the database says happened. A denial must
 * add exactly one denial record and change no domain row; an allow must record no denial.
 */
async function measureCell(tally: Tally, fn: unknown, call: Invoke, sessionId: string | null, cell: string, expected: "allow" | "deny", holdsNoRecord = false) {
  const [d0, a0, f0] = [await denials(), await allowedEvents(), await fingerprint()];
  request.sessionId = sessionId;
  request.cookies.clear();
  const verdict = await invoke(fn, call).finally(() => {
    request.sessionId = null;
  });
  const [d1, a1, f1] = [await denials(), await allowedEvents(), await fingerprint()];
  tally.cells++;
  if (verdict.kind !== expected) tally.problems.push(`${cell}: expected ${expected}, got ${verdict.kind} (${verdict.detail})`);
  else if (expected === "deny" && d1 - d0 !== 1) tally.problems.push(`${cell}: denied with ${d1 - d0} denial records`);
  else if (expected === "deny" && !unchanged(f0, f1)) tally.problems.push(`${cell}: denied but the database changed`);
  else if (expected === "allow" && d1 !== d0) tally.problems.push(`${cell}: allowed but a denial was recorded`);
  // Allowed means done: the change is in the audit trail, and a write changed the records it is about (a
  // download delivered its file: checked by invoke).
  else if (expected === "allow" && !holdsNoRecord && a1 <= a0) tally.problems.push(`${cell}: allowed but no audit event recorded what was done`);
  else if (expected === "allow" && verdict.kind === "allow" && !verdict.download && !domainChanged(f0, f1, a1 - a0))
    tally.problems.push(`${cell}: allowed but no record changed (${verdict.detail})`);
  if (expected === "allow") tally.allows++;
}

afterAll(() => {
  console.log(
    `authorisation matrix: ${code.size} actions and handlers and ${Object.keys(PAGE_CASES).length} pages, ${totals.cells} cells (${totals.allows} actions allowed, ${totals.denials} denied; ${totals.pages} page cells)`,
  );
});

describe("authorisation matrix", () => {
  it("has an entry for every server action and route handler in the code, and none for code that is gone", () => {
    expect(Object.keys(ENTRIES).sort()).toEqual([...code.keys()].sort());
  });

  for (const [key, entry] of Object.entries(ENTRIES)) {
    it(
      key,
      async () => {
        const fn = code.get(key);
        expect(fn, `${key} is not in the code`).toBeTypeOf("function");
        if (isPublic(entry)) {
          await entry.check(world, fn, request);
          return;
        }
        const problems: string[] = [];
        for (const [name, c] of Object.entries(entry)) {
          const t = await runCase(fn, c);
          totals.cells += t.cells;
          totals.allows += t.allows;
          totals.denials += t.cells - t.allows;
          problems.push(...t.problems.map((p) => `${name ? `${name}: ` : ""}${p}`));
          expect(t.cells).toBe(c.positions.length * PRINCIPALS.length);
        }
        expect(problems).toEqual([]);
      },
      180_000,
    );
  }
});

// Pages that show a record or a unit: each principal at each position gets the page (showing the target) or
// a 404; one without a usable session is sent to sign in. A page's reads change nothing.
describe("authorisation matrix, pages", () => {
  const pages = () =>
    sources("app")
      .filter((f) => f.endsWith("page.tsx") && /\[/.test(f))
      .map((f) => f.split(path.sep).join("/"));
  it("has an entry for every page that takes a unit's code or a record's id", () => {
    // The hand-over page serves closed units of today's province: its entry is among today's pages below.
    expect([...Object.keys(PAGE_CASES), "app/handover/[code]/page.tsx"].sort()).toEqual(pages().sort());
    expect(Object.keys(TWO_LEVEL_PAGE_CASES)).toContain("app/handover/[code]/page.tsx");
  });
  for (const [file, c] of Object.entries(PAGE_CASES)) {
    it(
      file,
      async () => {
        const page = ((await import(path.join(ROOT, file))) as { default: unknown }).default;
        const problems: string[] = [];
        let cells = 0;
        for (const at of c.positions) {
          const call = await c.build(world, at);
          for (const principal of PRINCIPALS) {
            const allowed = principal in c.allow && (c.allow[principal as keyof Case["allow"]] ?? []).includes(at);
            const expected = principal === "none" || principal === "disabled" || principal === "revoked" ? "login" : allowed ? "page" : "404";
            await keepSessionsFresh();
            const f0 = await fingerprint();
            request.sessionId = world.sessions[principal];
            request.cookies.clear();
            const verdict = await renderPage(page, call).finally(() => {
              request.sessionId = null;
            });
            cells++;
            if (verdict.kind !== expected) problems.push(`${principal} → ${at}: expected ${expected}, got ${verdict.kind} ${verdict.detail}`.trim());
            else if (backend === "postgres" && (await fingerprint()) !== f0) problems.push(`${principal} → ${at}: the page changed the database`);
          }
        }
        totals.cells += cells;
        totals.pages += cells;
        expect(problems).toEqual([]);
      },
      180_000,
    );
  }
});

// Uploads go through one path (lib/files/upload-route.ts) that refuses an account still on its temporary
// password, as every form does: each upload, built as its allowed role would send it, is denied (one denial
// record, nothing written) when that role's account must change its password first.
describe("uploads refuse an account on a temporary password", () => {
  const UPLOADS = Object.keys(ENTRIES).filter((k) => /(scan|response-file|users\/import)\/route\.ts#POST$/.test(k));
  it("covers the four upload routes", () => expect(UPLOADS).toHaveLength(4));
  for (const key of UPLOADS) {
    it(key, async () => {
      const [[role, positions]] = Object.entries((ENTRIES[key] as Record<string, Case>)[""].allow) as [
        Exclude<Principal, "none" | "disabled" | "revoked">,
        readonly string[],
      ][];
      const c = (ENTRIES[key] as Record<string, Case>)[""];
      const call = await c.build(world, positions[0] as Case["positions"][number]);
      const user = await freshPrincipal(role);
      await db.user.update({ where: { id: user.userId }, data: { mustChangePassword: true } });
      const tally = { cells: 0, allows: 0, problems: [] as string[] };
      await measureCell(tally, code.get(key), call, user.sessionId, `${role} on a temporary password`, "deny");
      expect(tally.problems).toEqual([]);
      expect(await db.auditEvent.count({ where: { actorUserId: user.userId, outcome: "DENIED", reason: "must-change-password" } })).toBe(1);
    });
  }
});

// The same cells on today's province (two-level government, a pinned 2026 business date): communes directly
// under the province, the reviewer and the overview bound to it, another province's reviewer, and a 2018
// commune head whose role has ended (tests/support/authorisation/two-level.ts).
describe("authorisation matrix, today's province", () => {
  let today: TwoLevelWorld;
  beforeAll(async () => {
    today = await onBusinessDay(TODAY, buildTwoLevelWorld);
  }, 120_000);

  async function runTwoLevel(fn: unknown, c: TwoLevelCase): Promise<Tally> {
    const tally: Tally = { cells: 0, allows: 0, problems: [] };
    for (const at of c.positions) {
      const shared = await c.build(today, at);
      for (const principal of TWO_LEVEL_PRINCIPALS) {
        const expected = (c.allow[principal] ?? []).includes(at) ? "allow" : "deny";
        const call = expected === "allow" ? await c.build(today, at) : shared;
        await keepSessionsFresh(today.sessions);
        await measureCell(tally, fn, call, today.sessions[principal], `${principal} → ${at}`, expected);
      }
    }
    return tally;
  }

  for (const [name, c] of Object.entries(TWO_LEVEL_PAGE_CASES)) {
    it(
      `page ${name}`,
      () =>
        onBusinessDay(TODAY, async () => {
          const page = ((await import(path.join(ROOT, codeKeyOf(name)))) as { default: unknown }).default;
          const problems: string[] = [];
          let cells = 0;
          for (const at of c.positions) {
            const call = await c.build(today, at);
            for (const principal of TWO_LEVEL_PRINCIPALS) {
              const expected = principal === "none" ? "login" : (c.allow[principal] ?? []).includes(at) ? "page" : "404";
              await keepSessionsFresh(today.sessions);
              request.sessionId = today.sessions[principal];
              request.cookies.clear();
              const verdict = await renderPage(page, call).finally(() => {
                request.sessionId = null;
              });
              cells++;
              if (verdict.kind !== expected) problems.push(`${principal} → ${at}: expected ${expected}, got ${verdict.kind} ${verdict.detail}`.trim());
            }
          }
          totals.cells += cells;
          totals.pages += cells;
          expect(problems).toEqual([]);
        }),
      180_000,
    );
  }

  for (const [name, c] of Object.entries(TWO_LEVEL_CASES)) {
    it(
      name,
      () =>
        onBusinessDay(TODAY, async () => {
          const fn = code.get(codeKeyOf(name));
          expect(fn, `${name} is not in the code`).toBeTypeOf("function");
          const t = await runTwoLevel(fn, c);
          totals.cells += t.cells;
          totals.allows += t.allows;
          totals.denials += t.cells - t.allows;
          expect(t.cells).toBe(c.positions.length * TWO_LEVEL_PRINCIPALS.length);
          expect(t.problems).toEqual([]);
        }),
      180_000,
    );
  }
});
