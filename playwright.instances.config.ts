// Two app instances on one PostgreSQL database (scripts/instances-server.mjs): run by npm test when
// TEST_POSTGRES_URL is set.
import { defineConfig } from "@playwright/test";
import base, { CHROMIUM } from "./playwright.config";

const a = Number(process.env.INSTANCE_A_PORT ?? 3961);
const b = Number(process.env.INSTANCE_B_PORT ?? 3962);

export default defineConfig({
  ...base,
  testDir: "tests/instances",
  reporter: [["list"], ["json", { outputFile: "tmp/reports/instances.json" }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${a}`, launchOptions: { ...base.use?.launchOptions, executablePath: CHROMIUM } },
  projects: [{ name: "desktop", use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: "node scripts/instances-server.mjs",
    url: `http://127.0.0.1:${b}/api/health`,
    env: { INSTANCE_A_PORT: String(a), INSTANCE_B_PORT: String(b) },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
