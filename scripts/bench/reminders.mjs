// npm run bench:reminders — the deadline reminders and the Monday digest at the two-level national scale
// (3,321 communes under 34 provinces, `npm run demo:generate -- --scale national-2025`, generated once into
// tmp/national-2025.db and, with BENCH_POSTGRES_URL, into bench_national_2025): every commune gets a bloc
// head and an officer and every province a reviewer, all with an address; the benchmark times writing the
// day's reminders (notifications and their e-mail) and the week's digests, three runs per database, and a
// second pass of each that must add nothing. Target: each under a minute. Out of CI (it needs the
// generated country); appends to docs/BENCHMARKS.md unless BENCH_NO_REPORT=1.
import { heading, machine, publish } from "./report.mjs";
import { nationalDatabases, nationalScale, runTsx } from "./national-db.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const scale = nationalScale(["", "", "--scale", "national-2025"]);
const databases = await nationalDatabases(scale);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const lines = [];
for (const d of databases) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`… reminders and digests, ${d.label}, run ${i + 1}/${RUNS}\n`);
    runs.push(JSON.parse(runTsx(scale.day, ["scripts/bench/reminders-run.ts"], { DATABASE_URL: d.url }, true).trim().split("\n").at(-1)));
  }
  const r = runs[0];
  const rem = median(runs.map((x) => x.remindersMs)) / 1000;
  const dig = median(runs.map((x) => x.digestsMs)) / 1000;
  const verdict = (s) => (s < 60 ? "met" : "missed");
  lines.push(
    `- ${d.label}: ${r.communes} communes, ${r.users} people with an address. Reminders: ${r.due} due, ${r.notifications} notifications and their e-mail (${r.mail - r.digests} messages) in **${rem.toFixed(1)} s** median of ${RUNS} (${runs.map((x) => (x.remindersMs / 1000).toFixed(1)).join(", ")}; target < 60 s: ${verdict(rem)}); a second pass ${(median(runs.map((x) => x.remindersAgainMs)) / 1000).toFixed(1)} s, ${Math.max(...runs.map((x) => x.remindersAgainWritten))} written. Digests: ${r.digests} in **${dig.toFixed(1)} s** (${runs.map((x) => (x.digestsMs / 1000).toFixed(1)).join(", ")}; target < 60 s: ${verdict(dig)}); a second pass ${(median(runs.map((x) => x.digestsAgainMs)) / 1000).toFixed(1)} s, ${Math.max(...runs.map((x) => x.digestsAgainWritten))} written.`,
  );
}
publish(
  [
    heading("npm run bench:reminders"),
    "",
    `Machine: ${machine()}. Business day ${scale.day} (a Friday; 13:00 in Vietnam, so the week's meeting is chased too). Writing to the outbox only: sending is the runner's, apart from the request path.`,
    "",
    ...lines,
    "",
  ].join("\n"),
);
