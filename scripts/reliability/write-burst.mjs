// Writes over HTTP against a production server, as browsers without JavaScript post them (the meeting
// form's own hidden action fields): 50 concurrent writers, then bursts of writes (ten writers at a time)
// interrupted by a fault once at least 50 writes of the burst have been acknowledged:
//   - SQLite (default): the server killed with SIGKILL, then started again;
//   - PostgreSQL (--postgres): the same kill, then PostgreSQL itself crashed (`pg_ctl stop -m immediate`:
//     no flush, no checkpoint; recovery from the WAL at the next start) and started again while the
//     writers keep posting. It runs on a throwaway cluster of its own (scripts/reliability/pg-cluster.mjs)
//     on its own port, never the server other tests share.
// Every write the server acknowledged (a 303 to the saved meeting) must be in the database with its audit
// event; no response may be a 5xx or show SQLITE_BUSY except while PostgreSQL is down. Needs the build in
// .next-test (npm test makes it). Prints its counts as JSON; exit 1 on any loss.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { createCluster } from "./pg-cluster.mjs";
import { prepareServer, unescapeHtml as unescape } from "./server.mjs";

const postgres = process.argv.includes("--postgres");
/** Acknowledged writes of a burst before its fault is let loose. */
const BEFORE_FAULT = 50;
const CODE = "06922";

let cluster = null;
let databaseUrl;
if (postgres) {
  cluster = createCluster({ port: Number(process.env.BURST_PG_PORT ?? 5499) });
  cluster.start();
  const c = new pg.Client({ connectionString: cluster.url });
  await c.connect();
  await c.query('CREATE DATABASE "bloc_burst"');
  await c.end();
  databaseUrl = cluster.url.replace(/\/postgres$/, "/bloc_burst");
}

const s = prepareServer({ name: postgres ? "reliability-pg" : "reliability", port: process.env.BURST_PORT ?? (postgres ? "3972" : "3971"), databaseUrl });
const { base } = s;

/** The meeting form's fields as the server rendered them (hidden action fields, attendance). */
async function formFields(cookie) {
  const html = await (await fetch(`${base}/communes/${CODE}/meetings/new`, { headers: { cookie } })).text();
  const start = html.indexOf('<form class="space-y-4"');
  const form = html.slice(start, html.indexOf("</form>", start));
  const fields = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[unescape(m[1])] = unescape(m[2] ?? "");
  for (const m of form.matchAll(/<input type="radio"[^>]*name="(att_[^"]+)"[^>]*value="present"/g)) fields[m[1]] = "present";
  return fields;
}

// Extraordinary meetings (several a day are allowed) on the days the demo bloc works, round and round.
let sequence = 0;
const nextDay = () => new Date(Date.UTC(2018, 6, 1 + (sequence++ % 43))).toISOString().slice(0, 10);

async function save(cookie, fields) {
  const heldOn = nextDay();
  const body = new FormData();
  for (const [k, v] of Object.entries({
    ...fields,
    submissionId: randomUUID(),
    heldOn,
    kind: "EXTRAORDINARY",
    conclusions: `Ghi ${heldOn} ${randomUUID().slice(0, 8)}`,
  }))
    body.append(k, v);
  try {
    const res = await fetch(`${base}/communes/${CODE}/meetings/new`, {
      method: "POST",
      body,
      headers: { cookie },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    const id = /\/meetings\/([A-Za-z0-9_-]+)/.exec(res.headers.get("location") ?? "")?.[1];
    const formError = res.status === 303 ? null : unescape(/role="alert"[^>]*>([^<]{0,200})/.exec(text)?.[1] ?? "").trim() || null;
    return { status: res.status, id: res.status === 303 && id ? id : null, busy: /SQLITE_BUSY/.test(text), formError };
  } catch {
    return { status: 0, id: null, busy: false }; // the connection died with the server: not acknowledged
  }
}

const acknowledged = [];
const counts = { concurrent: 0, concurrentAcknowledged: 0, errors5xx: 0, busy: 0 };
/** Why a concurrent write was not acknowledged (its status and the form's message), when one was not. */
const notAcknowledged = [];
const faults = [];

/**
 * Ten writers post until `stopWhen()`; once `BEFORE_FAULT` of this burst's writes are acknowledged, `fault`
 * runs (once) with the writers still posting. A failed request (a 5xx or a dead connection) that began or
 * ended after the fault while `tolerant()` held is counted as refused during the fault, any other as an error.
 */
async function burst(cookie, fields, { name, fault, stopWhen, tolerant }) {
  const f = { fault: name, acknowledgedBeforeFault: 0, inFlightAtFault: 0, acknowledgedAfterFault: 0, refusedDuringFault: 0, posted: 0 };
  let fired = false;
  let inFlight = 0;
  let faultDone = Promise.resolve();
  const deadline = Date.now() + 120_000;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (!stopWhen(f, fired) && Date.now() < deadline) {
        inFlight++;
        const startedDuring = fired && tolerant();
        const r = await save(cookie, fields);
        inFlight--;
        f.posted++;
        if (r.busy) counts.busy++;
        if (r.status >= 500 || r.status === 0) {
          if (startedDuring || (fired && tolerant())) f.refusedDuringFault++;
          else counts.errors5xx++;
        }
        if (r.id) {
          acknowledged.push(r.id);
          if (fired) f.acknowledgedAfterFault++;
          else f.acknowledgedBeforeFault++;
        }
        if (!fired && f.acknowledgedBeforeFault >= BEFORE_FAULT) {
          fired = true;
          f.inFlightAtFault = inFlight;
          faultDone = fault();
        }
      }
    }),
  );
  await faultDone;
  if (Date.now() >= deadline) f.timedOut = true;
  faults.push(f);
  return f;
}

let failure = null;
try {
  await s.start();
  let cookie = await s.signIn("xa-06922");
  const fields = await formFields(cookie);
  if (!Object.keys(fields).some((k) => k.startsWith("$ACTION"))) throw new Error("the form's action fields were not found");
  // 50 concurrent writers.
  const first = await Promise.all(Array.from({ length: 50 }, () => save(cookie, fields)));
  counts.concurrent = first.length;
  for (const r of first) {
    if (r.status >= 500) counts.errors5xx++;
    if (r.busy) counts.busy++;
    if (r.id) {
      acknowledged.push(r.id);
      counts.concurrentAcknowledged++;
    } else notAcknowledged.push({ status: r.status, formError: r.formError });
  }

  // The application killed with SIGKILL mid-burst: the writers stop when their connections die.
  await burst(cookie, fields, {
    name: "SIGKILL of the application",
    fault: async () => {
      s.server.kill("SIGKILL");
    },
    stopWhen: (_f, fired) => fired,
    tolerant: () => true,
  });
  await s.exited;
  await s.start();
  if (!(await fetch(`${base}/api/health`)).ok) throw new Error("server unhealthy after restart");

  if (postgres) {
    cookie = await s.signIn("xa-06922");
    // PostgreSQL crashed mid-burst, down for two seconds while the writers keep posting, then started
    // again; the burst goes on until 20 writes are acknowledged after the restart (the pool recovered).
    let down = false;
    let restartedAt = 0;
    const f = await burst(cookie, fields, {
      name: "PostgreSQL crashed (immediate stop) and restarted",
      fault: async () => {
        down = true;
        cluster.crash();
        await new Promise((r) => setTimeout(r, 2_000));
        cluster.start();
        restartedAt = Date.now();
        // Connections the pool held died with the old server; a request may still meet one for a moment.
        await new Promise((r) => setTimeout(r, 5_000));
        down = false;
      },
      stopWhen: (x) => x.acknowledgedAfterFault >= 20 && !down,
      tolerant: () => down,
    });
    f.recoveredWithinS = restartedAt ? Number(((Date.now() - restartedAt) / 1000).toFixed(1)) : null;
  }
} catch (error) {
  failure = String(error?.message ?? error);
} finally {
  await s.stop();
}

let stored;
let audited;
if (postgres) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  stored = new Set((await c.query('SELECT id FROM "Meeting"')).rows.map((r) => r.id));
  audited = new Set((await c.query(`SELECT "entityId" FROM "AuditEvent" WHERE action = 'meeting.save' AND outcome = 'ALLOWED'`)).rows.map((r) => r.entityId));
  await c.end();
  cluster.destroy();
} else {
  const db = new Database(s.file, { readonly: true });
  stored = new Set(
    db
      .prepare("SELECT id FROM Meeting")
      .all()
      .map((r) => r.id),
  );
  audited = new Set(
    db
      .prepare("SELECT entityId FROM AuditEvent WHERE action = 'meeting.save' AND outcome = 'ALLOWED'")
      .all()
      .map((r) => r.entityId),
  );
  db.close();
}
const lost = acknowledged.filter((id) => !stored.has(id));
const unaudited = [...stored].filter((id) => !audited.has(id));
const report = {
  database: postgres ? "postgresql (throwaway cluster)" : "sqlite",
  ...counts,
  ...(notAcknowledged.length ? { notAcknowledged } : {}),
  faults,
  totalAcknowledged: acknowledged.length,
  lost: lost.length,
  meetingsWithoutAudit: unaudited.length,
  ...(failure ? { failure } : {}),
};
console.log(JSON.stringify(report));
const short =
  counts.concurrentAcknowledged < 50 || faults.some((f) => f.acknowledgedBeforeFault < BEFORE_FAULT || f.timedOut) || faults.length < (postgres ? 2 : 1);
process.exit(failure || lost.length || unaudited.length || counts.errors5xx || counts.busy || short ? 1 : 0);
