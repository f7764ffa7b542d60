// Every request's server time is logged when its response has been sent (lib/request-times.ts): one line
// with the request id the proxy gave it, the path without its query, the status and the milliseconds;
// the build's assets and public files are not logged.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { recordRequestTimes } from "@/lib/request-times";

describe("request times", () => {
  const lines: Record<string, unknown>[] = [];
  const server = createServer((req, res) => {
    res.setHeader("x-request-id", "req-12345678");
    if (req.url?.startsWith("/slow")) setTimeout(() => res.end("done"), 30);
    else {
      res.statusCode = req.url?.startsWith("/missing") ? 404 : 200;
      res.end("ok");
    }
  });
  let base = "";
  beforeAll(async () => {
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(JSON.parse(line)));
    recordRequestTimes();
    recordRequestTimes(); // a second call does not log twice
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    vi.restoreAllMocks();
    server.close();
  });

  it("logs the path, status and server time of each request, not of static files", async () => {
    for (const path of ["/slow?asOf=2018-08-13", "/missing", "/_next/static/chunks/a.js", "/fonts/x.woff2", "/icon.svg"])
      await (await fetch(base + path)).text();
    await new Promise((r) => setTimeout(r, 20));
    const done = lines.filter((l) => l.msg === "request done");
    expect(done.map((l) => [l.path, l.status, l.requestId, l.method])).toEqual([
      ["/slow", 200, "req-12345678", "GET"],
      ["/missing", 404, "req-12345678", "GET"],
    ]);
    expect(done[0].ms).toBeGreaterThanOrEqual(25);
    expect(done[1].ms).toBeLessThan(done[0].ms as number);
  });
});
