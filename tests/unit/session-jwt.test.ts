// The session cookie is written by next-auth's own `encode` and read by lib/auth/jwt.ts with a key derived
// once: it must read what next-auth writes, and refuse what next-auth would refuse.
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/jwt";

const secret = "unit-test-secret-0123456789-abcdefghijklmnop";

describe("session cookie", () => {
  it("reads the session id next-auth wrote, again and again with the same key", async () => {
    const token = await encode({ token: { sub: "u1", sid: "s1", name: "Nguyễn Văn A" }, secret });
    for (let i = 0; i < 3; i++) expect(await decodeSessionToken({ token, secret })).toMatchObject({ sub: "u1", sid: "s1", name: "Nguyễn Văn A" });
  });

  it("keeps the salt's key apart from the unsalted one", async () => {
    const salted = await encode({ token: { sid: "s2" }, secret, salt: "authjs.session-token" });
    expect(await decodeSessionToken({ token: salted, secret, salt: "authjs.session-token" })).toMatchObject({ sid: "s2" });
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
  });

  it("refuses another secret's cookie, a changed cookie and an expired one; no cookie is no session", async () => {
    const token = await encode({ token: { sid: "s3" }, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    const parts = token.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();
    const expired = await encode({ token: { sid: "s4" }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/);
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });

  it("writes a cookie next-auth itself reads, with the lifetime asked for", async () => {
    const token = await encodeSessionToken({ token: { sub: "u5", sid: "s5" }, secret, maxAge: 600 });
    const read = await decode({ token, secret });
    expect(read).toMatchObject({ sub: "u5", sid: "s5" });
    expect((read!.exp as number) - (read!.iat as number)).toBe(600);
    expect(read!.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ sid: "s5" });
  });
});
