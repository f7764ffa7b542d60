import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3917);
/** Today's province (two-level government) on a fixed business date of its own, with its own server and database. */
const todayPort = Number(process.env.E2E_TODAY_PORT ?? 3918);
export const E2E_TODAY = "2026-03-18";
/** The same tests of today's province on PostgreSQL, when the suite has a server (TEST_POSTGRES_URL). */
const postgres = process.env.TEST_POSTGRES_URL;
const todayPgPort = Number(process.env.E2E_TODAY_PG_PORT ?? 3919);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const PHONE = { browserName: "chromium" as const, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { browserName: "chromium" as const, viewport: { width: 1280, height: 800 } };
/** The specs of today's province (its own server and business date): today's workflows and the 2025 hand-over. */
const TODAY_SPECS = /(today|handover)\.spec\.ts/;
const SERVER = { command: "node scripts/e2e-server.mjs", reuseExistingServer: false, timeout: 240_000, stdout: "ignore" as const, stderr: "pipe" as const };

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tmp/e2e-results",
  fullyParallel: false,
  workers: 1,
  // One retry in CI: a test that fails twice fails the run; one that passes on its retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  // A test walks several people's pages, each with an accessibility check, on a 2-core machine with two servers up.
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "tmp/reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "phone", testIgnore: TODAY_SPECS, use: { ...PHONE } },
    { name: "desktop", testIgnore: TODAY_SPECS, use: { ...DESKTOP } },
    { name: "today-phone", testMatch: TODAY_SPECS, use: { ...PHONE, baseURL: `http://127.0.0.1:${todayPort}` } },
    { name: "today-desktop", testMatch: TODAY_SPECS, use: { ...DESKTOP, baseURL: `http://127.0.0.1:${todayPort}` } },
    ...(postgres
      ? [
          { name: "today-phone-postgres", testMatch: TODAY_SPECS, use: { ...PHONE, baseURL: `http://127.0.0.1:${todayPgPort}` } },
          { name: "today-desktop-postgres", testMatch: TODAY_SPECS, use: { ...DESKTOP, baseURL: `http://127.0.0.1:${todayPgPort}` } },
        ]
      : []),
  ],
  webServer: [
    { ...SERVER, url: `http://127.0.0.1:${port}/api/health`, env: { E2E_PORT: String(port) } },
    { ...SERVER, url: `http://127.0.0.1:${todayPort}/api/health`, env: { E2E_PORT: String(todayPort), E2E_TODAY, E2E_DIR: "e2e-today" } },
    // The demo seed on PostgreSQL, beside the two SQLite seeds on a 2-core machine: a longer start.
    ...(postgres
      ? [
          {
            ...SERVER,
            timeout: 480_000,
            url: `http://127.0.0.1:${todayPgPort}/api/health`,
            env: { E2E_PORT: String(todayPgPort), E2E_TODAY, E2E_DIR: "today", E2E_POSTGRES_URL: postgres },
          },
        ]
      : []),
  ],
});
