// A throwaway PostgreSQL cluster for the fault tests that stop or crash PostgreSQL: its own data directory
// under the system's temporary directory, its own port and socket directory, never the server other tests
// share. Made with the installed PostgreSQL's initdb and pg_ctl (run as the `postgres` user when this runs
// as root, since PostgreSQL refuses to run as root); default durability settings (fsync, synchronous
// commit), so that what it acknowledged must survive a crash.
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const INSTALL = "apt-get install -y postgresql";

/** The installed PostgreSQL's programs (the newest major version under /usr/lib/postgresql), or null. */
export function postgresBin() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

export function createCluster({ port }) {
  const bin = postgresBin();
  if (!bin) throw new Error(`PostgreSQL's initdb was not found under /usr/lib/postgresql. Install it with:\n    ${INSTALL}`);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "bloc-pg-fault-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  if (asRoot) {
    const id = (what) => Number(spawnSync("id", [what, "postgres"], { encoding: "utf8" }).stdout.trim());
    chownSync(dir, id("-u"), id("-g"));
  }
  const run = (program, args, { check = true } = {}) => {
    const [command, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
    const r = spawnSync(command, argv, { encoding: "utf8", cwd: dir });
    if (check && r.status !== 0) throw new Error(`${program} ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
    return r;
  };
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=60 -c fsync=on -c synchronous_commit=on`;
  const cluster = {
    dir,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start() {
      run("pg_ctl", ["-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"]);
    },
    /** A crash: every server process ends at once, nothing is flushed or checkpointed; the next start recovers from the WAL. */
    crash() {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    },
    destroy() {
      if (existsSync(path.join(data, "postmaster.pid"))) run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], { check: false });
      if (existsSync(dir) && statSync(dir).isDirectory()) rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
