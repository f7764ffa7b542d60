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

// The mail: without an SMTP_URL of its own, the demo starts its own SMTP sink (messages kept as .eml files in
// .demo-mail/, shown on /admin/mail) and the mail runner that sends the outbox to it.
const children = [];
if (!process.env.SMTP_URL) {
  const sinkPort = process.env.MAIL_SINK_PORT ?? "2525";
  env.SMTP_URL = `smtp://127.0.0.1:${sinkPort}`;
  children.push(spawn(bin("tsx"), ["scripts/mail-sink.ts"], { cwd: root, stdio: "inherit", env: { ...env, MAIL_SINK_PORT: sinkPort } }));
}
children.push(spawn(bin("tsx"), ["scripts/mail.ts"], { cwd: root, stdio: "inherit", env: { ...env, MAIL_INTERVAL_S: process.env.MAIL_INTERVAL_S ?? "10" } }));

console.log(`▸ Phục vụ tại http://localhost:${env.PORT} (ngày nghiệp vụ ${env.APP_TODAY ?? "hôm nay theo giờ Việt Nam"}); Ctrl+C để dừng.`);
const server = spawn(bin("next"), ["start", "-p", env.PORT], { cwd: root, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
children.push(server);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((c) => c.kill(signal)));
server.on("exit", (code) => {
  for (const c of children) if (c !== server) c.kill("SIGTERM");
  process.exit(code ?? 0);
});
