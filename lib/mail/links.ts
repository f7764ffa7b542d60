// Absolute links for e-mail (a message is read outside the portal), and the unsubscribe token of a message.
import { createHash, randomBytes } from "node:crypto";
import { env } from "../env";

/** The portal's address as users reach it: PUBLIC_URL, else NEXTAUTH_URL, else the local default. */
export function portalUrl(path: string): string {
  const base = env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, base).toString();
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A random token for a link that acts without sign-in; only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export const unsubscribeUrl = (token: string) => portalUrl(`/unsubscribe?t=${token}`);
