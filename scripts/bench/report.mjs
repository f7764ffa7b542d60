// What every benchmark report shares: its heading (time and command), the machine line, and appending to
// docs/BENCHMARKS.md (unless BENCH_NO_REPORT=1: a trial run, for profiling, leaves the file alone).
import { appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

/** "## 2026-11-27 10:06 UTC — `npm run bench:…`" */
export function heading(command, suffix = "") {
  return `## ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — \`${command}\`${suffix}`;
}

/** "2 × AMD EPYC …, 24 GiB, Node v20…" */
export function machine() {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Prints the report and appends it to docs/BENCHMARKS.md. */
export function publish(report) {
  console.log(report);
  if (!process.env.BENCH_NO_REPORT) appendFileSync(path.join(root, "docs", "BENCHMARKS.md"), `\n${report}`);
}
