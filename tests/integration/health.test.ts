import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { checkDatabase } from "@/lib/health";
import { GET } from "@/app/api/health/route";

describe("health", () => {
  it("reports the database as reachable", async () => {
    const result = await checkDatabase();
    expect(result.ok).toBe(true);
    const response = await GET(new Request("http://localhost/api/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
  });

  it("reports an unreachable PostgreSQL as down instead of hanging", async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const url = "postgres://postgres@127.0.0.1:1/none";
    const unreachable = createDb(url);
    const result = await checkDatabase(unreachable, url);
    expect(result).toMatchObject({ ok: false, database: "postgresql" });
    await unreachable.$disconnect();
  });
});
