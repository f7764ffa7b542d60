// HTTP fuzzing against a production server on SQLite (the build in .next-test, demo data): the portal's own
// forms, read from its pages as each kind of user sees them, posted back with hostile and wrong values
// (Unicode, combining marks, right-to-left text, emoji, null bytes, markup, SQL, formulas, huge and
// arbitrary strings, files where text is expected, repeated, missing and unknown fields, corrupted action
// fields), plus garbage bodies and hostile query strings for the route handlers (exports, files,
// documents, uploads, search). Every response must be below 500 and show no stack trace or database error.
// Afterwards, whatever hostile text was stored must come back escaped on its pages and neutralised in the
// CSV and XLSX downloads.
//
//   node scripts/reliability/fuzz.mjs [--bodies N] [--seed S]      (default 10,000 bodies, seed 2018)
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { prepareServer, unescapeHtml } from "./server.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const BODIES = Number(arg("bodies", process.env.FUZZ_BODIES ?? "10000"));
const SEED = Number(arg("seed", "2018"));
const CONCURRENCY = 8;
const MARK = "data-fuzz-mark";

// A small seeded generator: the same seed sends the same bodies.
let state = SEED >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const HOSTILE = [
  `<script>alert("${MARK}")</script>`,
  `"><img src=x onerror=alert(1) ${MARK}>`,
  `<i ${MARK}>nghiêng</i>`,
  "' OR '1'='1",
  `'; DROP TABLE "Meeting"; --`,
  `=HYPERLINK("http://evil.example","bấm")`,
  "=1+1",
  "+84912345678",
  "-2+3",
  "@SUM(A1:A9)",
  "\tTAB",
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C.pdf",
  "مرحبا بالعالم",
  "שלום עולם",
  "🇻🇳👨‍👩‍👧‍👦🔥",
  "e\u0301\u0301\u0301\u0301\u0301",
  "Z\u0338\u0322\u031b\u0316\u0317\u0318",
  "../../../../etc/passwd",
  "%00",
  "%s%s%n",
  "{{7*7}}",
  "${7*7}",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "99999999999999999999",
  "1e309",
  "2018-02-30",
  "0000-00-00",
  "2018-13-01",
  "true",
  "[]",
  "{}",
  "\r\n\r\n",
  " ",
  "",
  "Nguyễn Thị Minh Khai",
  "Xã Đồng Tâm, huyện Mỹ Đức",
  "\uFEFF",
  "\uD800",
  "ﷺ",
  "ǅ",
  "İ",
  "ß",
];
const ARBITRARY = fc.sample(fc.string({ unit: "binary", maxLength: 60 }), { seed: SEED, numRuns: 400 });
function hostile() {
  const r = random();
  if (r < 0.002) return "x".repeat(1_048_576); // 1 MB: above the server actions' body limit
  if (r < 0.01) return "Đ".repeat(20_000 + Math.floor(random() * 60_000));
  if (r < 0.55) return pick(HOSTILE);
  return pick(ARBITRARY);
}

/** Every form on a page: where it posts, its fields (hidden ones as rendered). */
function formsOf(html, path) {
  const forms = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = m[1];
    // Signing out would end the session the rest of the run uses (it is posted once, at the end).
    if (!/method="post"/i.test(attrs) || m[2].includes("Đăng xuất")) continue;
    const action = /action="([^"]*)"/.exec(attrs)?.[1];
    const target = action && action.startsWith("/") ? unescapeHtml(action) : path;
    const fields = [];
    for (const f of m[2].matchAll(/<(input|textarea|select)\b([^>]*)>(?:([\s\S]*?)<\/select>)?/g)) {
      const name = /name="([^"]+)"/.exec(f[2])?.[1];
      if (!name) continue;
      const type = /type="([^"]+)"/.exec(f[2])?.[1] ?? f[1];
      // A select's first real option; an input's rendered value.
      const value = f[1] === "select" ? (/<option[^>]*value="([^"]+)"/.exec(f[3] ?? "")?.[1] ?? "") : (/value="([^"]*)"/.exec(f[2])?.[1] ?? "");
      if ((type === "radio" || type === "checkbox") && fields.some(([n]) => n === unescapeHtml(name))) continue;
      fields.push([unescapeHtml(name), unescapeHtml(value), type]);
    }
    if (fields.length) forms.push({ target, fields, multipart: /multipart/.test(attrs) });
  }
  return forms;
}

const s = prepareServer({ name: "fuzz", port: process.env.FUZZ_PORT ?? "3972" });
const counts = { bodies: 0, formPosts: 0, garbage: 0, routes: 0, byStatus: {}, errors5xx: 0, traces: 0, network: 0 };
const samples = [];
const TRACE = /\bat [\w$.<>[\] ]+ \([^)]*:\d+:\d+\)|node_modules\/|SQLITE_[A-Z]|PrismaClient|prisma\.\w+\.\w+\(|Invalid `/;

const failuresByKind = {};
async function send(url, { kind = "route", ...init }, label) {
  counts.bodies++;
  let res;
  let text = "";
  try {
    res = await fetch(`${s.base}${url}`, { redirect: "manual", ...init, signal: AbortSignal.timeout(30_000) });
    text = await res.text();
  } catch (error) {
    counts.network++;
    if (samples.length < 20) samples.push({ label, url, problem: `network: ${error.message}` });
    return;
  }
  counts.byStatus[res.status] = (counts.byStatus[res.status] ?? 0) + 1;
  const problems = [];
  if (res.status >= 500) {
    counts.errors5xx++;
    problems.push(`status ${res.status}`);
  }
  if (TRACE.test(text)) {
    counts.traces++;
    problems.push(`trace: ${TRACE.exec(text)[0]}`);
  }
  if (problems.length) failuresByKind[kind] = (failuresByKind[kind] ?? 0) + 1;
  // What was sent, for reproducing a failure: the field names and the first characters of each value.
  const sent =
    init.body instanceof FormData || init.body instanceof URLSearchParams
      ? [...init.body.entries()].map(([k, v]) => `${k}=${typeof v === "string" ? JSON.stringify(v.slice(0, 60)) : `<blob ${v.size}>`}`)
      : undefined;
  if (problems.length && samples.length < 20)
    samples.push({ label, url, problems, body: text.slice(0, 300), ...(sent ? { sent, contentType: init.headers?.["content-type"] ?? "multipart" } : {}) });
}

const MARKED = [
  `<i ${MARK}>nghiêng</i> Họp bàn việc thôn`,
  `<script>alert("${MARK}")</script> Kết luận`,
  `"><img src=x onerror=alert(1) ${MARK}> Ý kiến`,
  `=HYPERLINK("http://evil.example") ${MARK}`,
];

/** A form as a person would fill it, with marked hostile text in its empty text boxes: likely to be stored. */
function plausibleForm(form, cookie) {
  const body = new FormData();
  const filled = { date: "2018-08-06", time: "07:30", number: "1" };
  for (const [name, value, type] of form.fields) {
    body.append(name, value || (type === "text" || type === "input" || type === "textarea" ? pick(MARKED) : (filled[type] ?? "")));
  }
  return { method: "POST", body, headers: { cookie, origin: s.base }, kind: "plausible form" };
}

function fuzzedForm(form, cookie) {
  if (chance(0.25)) return plausibleForm(form, cookie);
  const entries = [];
  let tampered = false;
  for (const [name, value, type] of form.fields) {
    const hidden = type === "hidden";
    if (chance(hidden ? 0.03 : 0.05)) {
      tampered ||= hidden;
      continue;
    } // missing
    let v = value;
    if (hidden ? chance(0.05) : chance(0.6)) {
      v = hostile();
      tampered ||= hidden;
    }
    entries.push([name, chance(0.03) ? new Blob([hostile()], { type: "application/octet-stream" }) : v]);
    if (chance(0.08)) entries.push([name, hostile()]); // repeated
  }
  for (let i = Math.floor(random() * 3); i > 0; i--)
    entries.push([pick(["unitId", "isAdmin", "role", "__proto__", "constructor", hostile().slice(0, 30) || "x"]), hostile()]);
  const headers = { cookie, origin: s.base };
  if (form.multipart || !chance(0.2)) {
    const body = new FormData();
    for (const [k, v] of entries) body.append(k, v);
    return { method: "POST", body, headers, kind: tampered ? "form, action fields tampered" : "form" };
  }
  const body = new URLSearchParams(entries.map(([k, v]) => [k, typeof v === "string" ? v : "blob"]));
  return {
    method: "POST",
    body,
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    kind: tampered ? "urlencoded form, action fields tampered" : "urlencoded form",
  };
}

function garbage(cookie) {
  const kind = pick(["multipart-bad-boundary", "json", "bytes", "action-header", "empty"]);
  const headers = { cookie, origin: s.base };
  return { ...garbageOf(kind, headers), kind: `garbage ${kind}` };
}

function garbageOf(kind, headers) {
  if (kind === "multipart-bad-boundary")
    return { method: "POST", headers: { ...headers, "content-type": "multipart/form-data; boundary=----x" }, body: `------y\r\n${hostile()}\r\n` };
  if (kind === "json")
    return { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: `{"a":${chance(0.5) ? "[" : JSON.stringify(hostile())}` };
  if (kind === "action-header")
    return {
      method: "POST",
      headers: {
        ...headers,
        "next-action": chance(0.5) ? randomUUID().replace(/-/g, "") : enc(hostile().slice(0, 80)) || "0",
        "content-type": "text/plain;charset=UTF-8",
      },
      body: `[${JSON.stringify(hostile())}]`,
    };
  if (kind === "empty") return { method: "POST", headers };
  return {
    method: "POST",
    headers: { ...headers, "content-type": "application/octet-stream" },
    body: new Uint8Array(Array.from({ length: 64 + Math.floor(random() * 2000) }, () => Math.floor(random() * 256))),
  };
}

const EXPORTS = ["districts.csv", "communes.csv", "meetings.csv", "tasks.csv", "reporting-rates.csv", "recommendations.csv", hostile().slice(0, 20) || "x.csv"];
/** A URL component (a lone surrogate cannot be percent-encoded: it becomes U+FFFD, as a browser sends it). */
const enc = (text) => encodeURIComponent(text.toWellFormed());
function routeRequest(cookie, ids) {
  const q = (name) => `${name}=${enc(chance(0.3) ? pick(["2018-01-01", "2018-08-13", "06922", "xlsx", "csv", "open"]) : hostile().slice(0, 200))}`;
  const h = () => enc(hostile().slice(0, 80) || "x");
  const id = () => (chance(0.5) ? pick(ids) : h());
  const file = new FormData();
  file.append(
    pick(["scan", "file", hostile().slice(0, 10) || "f"]),
    new Blob([chance(0.5) ? "%PDF-1.4\n" + hostile() : hostile()]),
    hostile().slice(0, 40) || "a.pdf",
  );
  const routes = [
    () => [`/api/export/${pick(EXPORTS)}?${q("format")}&${q("from")}&${q("to")}&${q(pick(["commune", "district", "unit", "regime", "status", "asOf"]))}`],
    () => [`/api/files/${id()}`],
    () => [`/api/reports/${id()}/${pick(["report.docx", h()])}`],
    () => [`/api/meetings/${id()}/${pick(["minutes.docx", h()])}`],
    () => [`/api/criticism/${id()}/${pick(["opinion.docx", h()])}`],
    () => [`/api/supervision-plans/${id()}/${pick(["plan.docx", h()])}`],
    () => [`/search?${q("q")}&${q("level")}`],
    () => [`/api/meetings/${id()}/minutes-scan`, { method: "POST", body: file }],
    () => [`/api/recommendations/${id()}/response-file`, { method: "POST", body: file }],
    () => [`/api/blocs/${id()}/scan`, { method: "POST", body: file }],
    () => ["/api/admin/users/import", { method: "POST", body: file }],
  ];
  const [url, init = {}] = pick(routes)();
  return [url, { ...init, headers: { cookie, origin: s.base } }];
}

/** The stored hostile text comes back escaped on its pages, and neutralised in the downloads. */
async function checkStored(cookies, crawled) {
  const db = new Database(s.file, { readonly: true });
  const like = (cols) => cols.map((c) => `"${c}" LIKE '%${MARK}%'`).join(" OR ");
  const rows = (sql) => db.prepare(sql).all();
  const records = [
    ...rows(`SELECT id FROM Meeting WHERE ${like(["discussion", "conclusions", "place", "peopleSituation", "hotSpots"])}`).map((r) => `/meetings/${r.id}`),
    ...rows(`SELECT meetingId AS id FROM Task WHERE ${like(["title", "progressNote"])} AND meetingId IS NOT NULL`).map((r) => `/meetings/${r.id}`),
    ...rows(`SELECT activityId, criticismCaseId FROM Recommendation WHERE ${like(["content", "addressee"])}`).map((r) =>
      r.activityId ? `/supervision/${r.activityId}` : `/criticism/${r.criticismCaseId}`,
    ),
    ...rows(`SELECT id FROM SupervisionActivity WHERE ${like(["subject", "content", "findings"])}`).map((r) => `/supervision/${r.id}`),
    ...rows(`SELECT id FROM CriticismCase WHERE ${like(["title", "draftingBody"])}`).map((r) => `/criticism/${r.id}`),
    ...rows(`SELECT reportId AS id FROM ReportReview WHERE ${like(["reason"])}`).map((r) => `/reports/${r.id}`),
    ...rows(`SELECT id FROM Report WHERE ${like(["generalMood", "forecast"])}`).map((r) => `/reports/${r.id}`),
  ];
  const stored = db.prepare(`SELECT count(*) AS n FROM AuditEvent WHERE ${like(["after", "before", "reason"])}`).get().n;
  db.close();
  const pages = [...new Set([...records.slice(0, 40), ...crawled.filter(([who]) => who === "commune").map(([, p]) => p)])];
  let unescaped = 0;
  let withMark = 0;
  for (const path of pages) {
    const html = await (await fetch(`${s.base}${path}`, { headers: { cookie: cookies.commune } })).text();
    if (html.includes(MARK)) withMark++;
    // Rendered as text the mark is inside an escaped tag; a live tag would start with a raw "<".
    if (new RegExp(`<(script|img|i)\\b[^>]*${MARK}`).test(html) || html.includes(`<script>alert("${MARK}")`)) unescaped++;
  }
  const cells = [];
  for (const format of ["csv", "xlsx"]) {
    for (const file of ["meetings.csv", "tasks.csv", "recommendations.csv"]) {
      const res = await fetch(`${s.base}/api/export/${file}?format=${format}&from=2018-01-01&to=2018-08-13`, { headers: { cookie: cookies.commune } });
      if (!res.ok) throw new Error(`${file} as ${format}: ${res.status} ${await res.text()}`);
      if (format === "csv") {
        for (const line of (await res.text()).split("\r\n")) for (const cell of line.split(",")) cells.push(cell.replace(/^"/, ""));
      } else {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(await res.arrayBuffer()));
        book.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ""))));
      }
    }
  }
  const formulas = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d/.test(c)).length;
  return {
    changesWithHostileText: stored,
    pagesChecked: pages.length,
    pagesShowingHostileText: withMark,
    unescaped,
    cellsChecked: cells.length,
    formulaCells: formulas,
  };
}

let result;
try {
  await s.start();
  const cookies = { commune: await s.signIn("xa-06922"), district: await s.signIn("huyen-201"), admin: await s.signIn("admin"), anonymous: "" };
  // The pages whose forms are fuzzed, as each user sees them (and one level of record pages found on them).
  const PAGES = {
    commune: [
      "/communes/06922",
      "/communes/06922/meetings",
      "/communes/06922/meetings/new",
      "/communes/06922/bloc",
      "/communes/06922/tasks",
      "/communes/06922/reports",
      "/communes/06922/supervision",
      "/communes/06922/supervision/new",
      "/communes/06922/criticism/new",
      "/account/password",
      "/account/mail",
    ],
    district: ["/districts/201", "/districts/201/reports", "/districts/201/supervision"],
    admin: ["/admin/users", "/admin/calendar", "/admin/deadline-rules", "/admin/reporting"],
    anonymous: ["/login", "/password/forgot"],
  };
  const forms = [];
  const ids = [];
  const crawled = [];
  for (const [who, paths] of Object.entries(PAGES)) {
    const queue = [...paths];
    const seen = new Set();
    while (queue.length) {
      const path = queue.shift();
      if (seen.has(path)) continue;
      seen.add(path);
      crawled.push([who, path]);
      const html = await (await fetch(`${s.base}${path}`, { headers: { cookie: cookies[who] } })).text();
      for (const f of formsOf(html, path)) forms.push({ ...f, who });
      for (const m of html.matchAll(/href="(\/(meetings|reports|supervision|criticism)\/([A-Za-z0-9_-]{20,}))"/g)) {
        ids.push(m[3]);
        if (paths.includes(path) && ![...seen, ...queue].some((p) => p.startsWith(`/${m[2]}/`))) queue.push(m[1]);
      }
    }
  }
  if (forms.length < 20) throw new Error(`only ${forms.length} forms found: the pages did not render as expected`);
  const started = Date.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < BODIES) {
        sent++;
        const r = random();
        if (r < 0.7) {
          const form = pick(forms);
          counts.formPosts++;
          await send(form.target, fuzzedForm(form, cookies[form.who]), `form ${form.target}`);
        } else if (r < 0.82) {
          const form = pick(forms);
          counts.garbage++;
          await send(form.target, garbage(cookies[form.who]), `garbage ${form.target}`);
        } else {
          counts.routes++;
          const [url, init] = routeRequest(cookies[pick(["commune", "district", "admin", "anonymous"])], ids);
          await send(url, init, "route");
        }
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  if (!(await fetch(`${s.base}/api/health`)).ok) throw new Error("server unhealthy after the run");
  const signOut = formsOf(
    (await (await fetch(`${s.base}/communes/06922`, { headers: { cookie: cookies.commune } })).text()).replace(/Đăng xuất/g, ""),
    "/communes/06922",
  ).find((f) => f.fields.every(([, , type]) => type === "hidden"));
  if (signOut) await send(signOut.target, fuzzedForm(signOut, cookies.commune), "sign-out");
  const fresh = { commune: await s.signIn("xa-06922") };
  result = { seed: SEED, forms: forms.length, ...counts, failuresByKind, seconds: Math.round(seconds), ...(await checkStored(fresh, crawled)), samples };
} finally {
  await s.stop();
}
console.log(JSON.stringify(result, null, 1));
const failed = result.errors5xx || result.traces || result.network || result.unescaped || result.formulaCells || result.bodies < BODIES;
process.exit(failed ? 1 : 0);
