// The demo's mail server (npm run demo starts it when no SMTP_URL is given): an SMTP sink on
// 127.0.0.1:$MAIL_SINK_PORT (2525) that keeps every message it receives as a .eml file in .demo-mail/,
// to open in any mail program. Nothing leaves the machine. Addresses starting with "bounce" are refused
// for good (550), to show a bounce.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSink } from "../lib/mail/sink";

const dir = path.resolve(import.meta.dirname, "..", ".demo-mail");
mkdirSync(dir, { recursive: true });
let n = 0;
const sink = await startSink({
  port: Number(process.env.MAIL_SINK_PORT ?? 2525),
  onMessage(m) {
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${++n}.eml`);
    writeFileSync(file, m.raw);
    console.log(`✉ ${m.to.join(", ")} → ${path.relative(process.cwd(), file)}`);
  },
});
console.log(`Máy chủ thư demo tại smtp://127.0.0.1:${sink.port}; thư nhận được lưu ở ${dir}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void sink.close().then(() => process.exit(0)));
