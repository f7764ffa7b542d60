// npm run demo: migrate, seed reference and demo data, build, and serve in the foreground on $PORT.
// Rerunning keeps the database (and everything users entered); only missing reference rows are added.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

// A generated auth secret, kept in a git-ignored file so that sessions survive a restart of the demo.
const secretFile = path.join(root, ".auth-secret");
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });

const env = {
  ...process.env,
  // Today's business date (the real date in Vietnam) unless APP_TODAY pins one, e.g. 2018-08-13 for the founding article.
  ...(process.env.APP_TODAY ? { APP_TODAY: process.env.APP_TODAY } : {}),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readFileSync(secretFile, "utf8").trim(),
  NEXT_TELEMETRY_DISABLED: "1",
  // Demo mode: the demo seed may run and the demo accounts may sign in (lib/auth/demo.ts).
  DEMO_MODE: "1",
  PORT: process.env.PORT ?? "3000",
};
env.NEXTAUTH_URL = process.env.NEXTAUTH_URL ?? process.env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;

function step(label, command, args, extraEnv = {}) {
  console.log(`▸ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`✗ ${label} thất bại (mã ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`  xong sau ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

step("Cập nhật cấu trúc cơ sở dữ liệu (migrations)", bin("tsx"), ["scripts/db/cli.ts", "migrate"]);
step("Nạp dữ liệu tham chiếu và dữ liệu demo", bin("tsx"), ["scripts/seed.ts", "--demo"]);
step("Biên dịch ứng dụng (next build)", bin("next"), ["build"], { NODE_ENV: "production" });

console.log(`▸ Phục vụ tại http://localhost:${env.PORT} (ngày nghiệp vụ ${env.APP_TODAY ?? "hôm nay theo giờ Việt Nam"}); Ctrl+C để dừng.`);
const server = spawn(bin("next"), ["start", "-p", env.PORT], { cwd: root, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
