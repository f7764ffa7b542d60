// Preloaded into the server by the HTTP benchmark (NODE_OPTIONS=--import …): the event-loop delay of each
// phase of the run. The benchmark writes the phase's name to $ELD_DIR/phase; every 100 ms this reads it and,
// when it changed, records the finished phase's delay percentiles (ms) in $ELD_DIR/<pid>.json and starts a
// new histogram. Not part of the app.
import { monitorEventLoopDelay } from "node:perf_hooks";
import fs from "node:fs";
import path from "node:path";

const dir = process.env.ELD_DIR;
if (dir) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const results = {};
  let phase = null;
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  setInterval(() => {
    let now = null;
    try {
      now = fs.readFileSync(path.join(dir, "phase"), "utf8").trim();
    } catch {}
    if (now === phase) return;
    if (phase) {
      results[phase] = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), samples: histogram.count };
      fs.writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify(results));
    }
    histogram.reset();
    phase = now;
  }, 100).unref();
}
