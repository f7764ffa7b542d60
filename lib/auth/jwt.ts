// The session cookie (a JWE, `dir` + A256GCM, as next-auth 4 writes it), written and read with the
// encryption key derived once per secret. next-auth's own `encode` and `decode` derive the key with HKDF on
// every call, and a page request decodes twice (the proxy, then the page: lib/auth/current.ts): HKDF was 6 %
// of a page's CPU (docs/BENCHMARKS.md). Derivation and token layout are
// next-auth's (`getDerivedEncryptionKey`, `encode` in next-auth/jwt); tests/unit/session-jwt.test.ts checks
// both ways against next-auth's own functions, so a next-auth that changes them fails there.
import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}\u0000${typeof secret === "string" ? secret : secret.toString("base64")}`;
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32));
    keys.set(id, key);
  }
  return key;
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

/** next-auth's default lifetime when none is given (30 days). */
const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_S, salt = "" }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}
