import { describe, expect, it } from "vitest";
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
});
