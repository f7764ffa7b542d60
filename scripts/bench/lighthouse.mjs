// npm run bench:lighthouse — Lighthouse 12.2.3 (its default mobile profile: an emulated mid-range phone,
// simulated slow 4G and 4× CPU slowdown) with Debian's Chromium, against `next start` (the production build
// in .next-test) on the demo data: the sign-in page, a commune workspace, the new-meeting form and the province
// page, each signed in as its user (the session cookie sent as a header). 5 runs per page after one warm-up
// load; the median performance score and the median of each Web Vital, appended to docs/BENCHMARKS.md
// unless BENCH_NO_REPORT=1. Targets: ≥ 95 on data entry pages, ≥ 90 on dashboards.
import { existsSync } from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { prepareServer, root } from "../reliability/server.mjs";
import { heading, machine, publish } from "./report.mjs";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromePath)) {
  console.error(`Chromium not found at ${chromePath}: apt-get install -y chromium (or set CHROME_PATH).`);
  process.exit(2);
}
if (!existsSync(path.join(root, ".next-test", "BUILD_ID"))) {
  console.error("No production build in .next-test: run npm test (or the build line of docs/BENCHMARKS.md) first.");
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const s = prepareServer({ name: "bench-lighthouse", port: process.env.BENCH_PORT ?? "3982" });
const pages = [
  { name: "sign-in page", path: "/login", user: null, kind: "entry" },
  { name: "commune workspace", path: "/communes/06922", user: "xa-06922", kind: "entry" },
  { name: "new-meeting form", path: "/communes/06922/meetings/new", user: "xa-06922", kind: "entry" },
  { name: "province page", path: "/province", user: "tinh", kind: "dashboard" },
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
let chrome;
try {
  await s.start();
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const rows = [];
  for (const page of pages) {
    const cookie = page.user ? await s.signIn(page.user) : "";
    const flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    };
    await lighthouse(`${s.base}${page.path}`, flags); // warm-up
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${s.base}${page.path}`, flags);
      if (lhr.finalDisplayedUrl.includes("/login") && page.path !== "/login") throw new Error(`${page.path}: redirected to the sign-in page`);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      // A run Lighthouse itself could not complete (lhr.runtimeError: NO_FCP, PAGE_HUNG, a protocol timeout)
      // scores null; it is reported with its code and left out of the medians, not counted as 0.
      if (lhr.runtimeError || lhr.categories.performance.score === null) {
        runs.push({ error: lhr.runtimeError?.code ?? "NO_SCORE", message: lhr.runtimeError?.message ?? "" });
        process.stderr.write(`   ${page.name}: run failed (${runs.at(-1).error}: ${runs.at(-1).message})\n`);
        continue;
      }
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        a11y: Math.round(lhr.categories.accessibility.score * 100),
        fcp: audit("first-contentful-paint"),
        lcp: audit("largest-contentful-paint"),
        tbt: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
      });
      process.stderr.write(`   ${page.name}: ${runs.at(-1).score}\n`);
    }
    rows.push({ page, runs });
  }
  const report = [
    heading("npm run bench:lighthouse"),
    "",
    `Machine: ${machine()}; Lighthouse 12.2.3, default mobile profile (simulated throttling), ${path.basename(chromePath)} headless; \`next start\` on SQLite with the demo data. ${RUNS} runs per page after a warm-up; medians over the runs Lighthouse completed (a failed run is listed with its error code).`,
    "",
    "| page | performance (median) | runs | target | met | FCP ms | LCP ms | TBT ms | CLS | accessibility |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(({ page, runs: all }) => {
      const runs = all.filter((r) => !r.error);
      const target = page.kind === "entry" ? 95 : 90;
      const listed = all.map((r) => (r.error ? `failed (${r.error})` : r.score)).join(", ");
      if (!runs.length) return `| ${page.name} (${page.path}) | — | ${listed} | ${target} | no (every run failed) | | | | | |`;
      const score = median(runs.map((r) => r.score));
      return `| ${page.name} (${page.path}) | ${score} | ${listed} | ${target} | ${score >= target ? "yes" : `no (−${target - score})`} | ${Math.round(median(runs.map((r) => r.fcp)))} | ${Math.round(median(runs.map((r) => r.lcp)))} | ${Math.round(median(runs.map((r) => r.tbt)))} | ${median(runs.map((r) => r.cls)).toFixed(3)} | ${median(runs.map((r) => r.a11y))} |`;
    }),
    "",
  ].join("\n");
  publish(report);
} finally {
  await chrome?.kill();
  await s.stop();
}
