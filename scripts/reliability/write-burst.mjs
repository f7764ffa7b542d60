// Writes over HTTP against a production server on SQLite, as browsers without JavaScript post them (the
// meeting form's own hidden action fields): 50 concurrent writers, then a burst of writes during which the
// server is killed with SIGKILL and restarted. Every write the server acknowledged (a 303 to the saved
// meeting) must be in the database with its audit event, and no response may be a 5xx or show SQLITE_BUSY.
// Needs the build in .next-test (npm test makes it). Prints its counts; exit 1 on any loss.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { prepareServer, unescapeHtml as unescape } from "./server.mjs";

const s = prepareServer({ name: "reliability", port: process.env.BURST_PORT ?? "3971" });
const { base, file } = s;
const start = s.start;
const signIn = s.signIn;

/** The meeting form's fields as the server rendered them (hidden action fields, attendance). */
async function formFields(cookie, code) {
  const html = await (await fetch(`${base}/communes/${code}/meetings/new`, { headers: { cookie } })).text();
  const start = html.indexOf('<form class="space-y-4"');
  const form = html.slice(start, html.indexOf("</form>", start));
  const fields = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[unescape(m[1])] = unescape(m[2] ?? "");
  for (const m of form.matchAll(/<input type="radio"[^>]*name="(att_[^"]+)"[^>]*value="present"/g)) fields[m[1]] = "present";
  return fields;
}

async function save(cookie, code, fields, heldOn) {
  const body = new FormData();
  for (const [k, v] of Object.entries({ ...fields, submissionId: randomUUID(), heldOn, kind: "EXTRAORDINARY", conclusions: `Ghi ${heldOn} ${randomUUID().slice(0, 8)}` })) body.append(k, v);
  try {
    const res = await fetch(`${base}/communes/${code}/meetings/new`, { method: "POST", body, headers: { cookie }, redirect: "manual" });
    const text = await res.text();
    const id = /\/meetings\/([A-Za-z0-9_-]+)/.exec(res.headers.get("location") ?? "")?.[1];
    return { status: res.status, id: res.status === 303 && id ? id : null, busy: /SQLITE_BUSY/.test(text) };
  } catch {
    return { status: 0, id: null, busy: false }; // the connection died with the server: not acknowledged
  }
}

// Extraordinary meetings (several a day are allowed) on the days the demo bloc works, round and round.
const days = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2018, 6, 1 + (i % 43))).toISOString().slice(0, 10));
const counts = { concurrent: 0, acknowledged: 0, burst: 0, burstAcknowledged: 0, kills: 0, errors5xx: 0, busy: 0 };
const acknowledged = [];
try {
  await start();
  const cookie = await signIn("xa-06922");
  const fields = await formFields(cookie, "06922");
  if (!Object.keys(fields).some((k) => k.startsWith("$ACTION"))) throw new Error("the form's action fields were not found");
  // 50 concurrent writers.
  const first = await Promise.all(days.slice(0, 50).map((d) => save(cookie, "06922", fields, d)));
  counts.concurrent = first.length;
  for (const r of first) {
    if (r.status >= 500) counts.errors5xx++;
    if (r.busy) counts.busy++;
    if (r.id) acknowledged.push(r.id);
  }
  counts.acknowledged = acknowledged.length;
  // A burst, ten at a time, killed with SIGKILL after 1.5 s.
  let stop = false;
  setTimeout(() => { s.server.kill("SIGKILL"); counts.kills++; stop = true; }, 1_500);
  let next = 50;
  await Promise.all(Array.from({ length: 10 }, async () => {
    while (!stop && next < days.length) {
      const r = await save(cookie, "06922", fields, days[next++]);
      counts.burst++;
      if (r.status >= 500) counts.errors5xx++;
      if (r.busy) counts.busy++;
      if (r.id) { acknowledged.push(r.id); counts.burstAcknowledged++; }
    }
  }));
  await s.exited;
  await start();
  if (!(await fetch(`${base}/api/health`)).ok) throw new Error("server unhealthy after restart");
} finally {
  await s.stop();
}

const db = new Database(file, { readonly: true });
const stored = new Set(db.prepare("SELECT id FROM Meeting").all().map((r) => r.id));
const audited = new Set(db.prepare("SELECT entityId FROM AuditEvent WHERE action = 'meeting.save' AND outcome = 'ALLOWED'").all().map((r) => r.entityId));
const lost = acknowledged.filter((id) => !stored.has(id));
const unaudited = [...stored].filter((id) => !audited.has(id));
db.close();
console.log(JSON.stringify({ ...counts, totalAcknowledged: acknowledged.length, lost: lost.length, meetingsWithoutAudit: unaudited.length }));
process.exit(lost.length || unaudited.length || counts.errors5xx || counts.busy || counts.acknowledged < 50 ? 1 : 0);
