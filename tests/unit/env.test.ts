import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { databaseKind, resolveDatabaseUrl } from "@/lib/database-url";

describe("environment", () => {
  it("defaults to the SQLite file under ./data", () => {
    expect(parseEnv({}).DATABASE_URL).toBe(`file:${path.resolve("data/portal.db")}`);
    expect(resolveDatabaseUrl("file:./x.db", "/srv/app")).toBe("file:/srv/app/x.db");
  });

  it("recognises PostgreSQL URLs and refuses other schemes", () => {
    expect(databaseKind("postgres://u@h/db")).toBe("postgresql");
    expect(databaseKind("postgresql://u@h/db")).toBe("postgresql");
    expect(() => parseEnv({ DATABASE_URL: "mysql://u@h/db" })).toThrow(/DATABASE_URL/);
  });

  it("fails at start on a malformed APP_TODAY, naming it", () => {
    expect(() => parseEnv({ APP_TODAY: "13/08/2018" })).toThrow(/APP_TODAY/);
    expect(parseEnv({ APP_TODAY: "2018-08-13" }).APP_TODAY).toBe("2018-08-13");
    expect(parseEnv({ APP_TODAY: "" }).APP_TODAY).toBeUndefined();
  });

  it("is not in demo mode unless DEMO_MODE says so (NODE_ENV does not: the demo serves a production build)", () => {
    expect(parseEnv({}).DEMO_MODE).toBe(false);
    expect(parseEnv({ NODE_ENV: "production" }).DEMO_MODE).toBe(false);
    expect(parseEnv({ DEMO_MODE: "1" }).DEMO_MODE).toBe(true);
    expect(parseEnv({ DEMO_MODE: "0" }).DEMO_MODE).toBe(false);
    expect(() => parseEnv({ DEMO_MODE: "yes" })).toThrow(/DEMO_MODE phải là 1/);
  });
});
