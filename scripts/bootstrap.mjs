// Makes a fresh clone runnable: installs the npm dependencies it lacks and generates both Prisma clients.
// Plain Node, no dependencies, so it runs before anything is installed. Used by `npm run demo` and `npm test`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const rel = (p) => path.join(root, p);

function fail(message) {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Cần Node.js ≥ 20.19 (đang có ${process.version}).`);

function needsInstall() {
  const marker = rel("node_modules/.package-lock.json");
  if (!existsSync(marker)) return "node_modules is missing";
  if (statSync(rel("package-lock.json")).mtimeMs > statSync(marker).mtimeMs + 1000) return "package-lock.json changed";
  if (!existsSync(rel("node_modules/better-sqlite3/build/Release/better_sqlite3.node"))) return "better-sqlite3 has no native binding";
  return null;
}

// As npm's postinstall (--generate-only) the install is already under way: only generate the clients.
const reason = process.argv.includes("--generate-only") ? null : needsInstall();
if (reason) {
  console.log(`▸ npm ci (${reason}) — the first time takes 2–3 minutes (better-sqlite3 compiles from source)`);
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0)
    fail(
      "npm ci failed. Run it by hand to see why: cd " +
        root +
        " && npm ci\n  (better-sqlite3 needs python3, make and g++: apt-get install -y python3 make g++)",
    );
}

// Prisma clients: generated, git-ignored; regenerated when a schema is newer than its client.
const clients = [
  { schema: "prisma/schema.prisma", out: "generated/prisma/sqlite/client.ts" },
  { schema: "prisma/postgres/schema.prisma", out: "generated/prisma/postgres/client.ts" },
];
for (const { schema, out } of clients) {
  if (existsSync(rel(out)) && statSync(rel(out)).mtimeMs >= statSync(rel(schema)).mtimeMs) continue;
  console.log(`▸ prisma generate --schema ${schema}`);
  execFileSync(process.execPath, [rel("node_modules/prisma/build/index.js"), "generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    // The CLI wants a native schema engine it cannot download here; generate does not use it.
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
