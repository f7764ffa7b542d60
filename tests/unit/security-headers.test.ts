import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, requestIdFrom, securityHeaders } from "@/lib/security-headers";

describe("security headers", () => {
  it("allows scripts only by nonce, never inline, and forbids framing", () => {
    const csp = contentSecurityPolicy("abc", { dev: false, https: false });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toContain("'nonce-abc'");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS and upgrades requests only when the public URL is HTTPS", () => {
    expect(securityHeaders("n", { dev: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(contentSecurityPolicy("n", { dev: false, https: false })).not.toContain("upgrade-insecure-requests");
    expect(securityHeaders("n", { dev: false, https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });

  it("keeps a well-formed request id and replaces a hostile one", () => {
    expect(requestIdFrom("lb-1234567890")).toBe("lb-1234567890");
    expect(requestIdFrom("<script>alert(1)</script>")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
