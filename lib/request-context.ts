// The request id and client address of the current request, for audit events and throttling.
import "server-only";
import { headers } from "next/headers";

export interface RequestContext {
  requestId: string | null;
  address: string;
}

/**
 * The client address: the last entry of X-Forwarded-For, which Next's own server (or the one proxy in
 * front of it) appends; earlier entries are whatever the client claimed and are ignored.
 */
export function addressFrom(forwardedFor: string | null, realIp: string | null): string {
  const last = forwardedFor
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  const address = last ?? realIp ?? "unknown";
  return address.slice(0, 64);
}

export async function requestContext(): Promise<RequestContext> {
  const h = await headers();
  return { requestId: h.get("x-request-id"), address: addressFrom(h.get("x-forwarded-for"), h.get("x-real-ip")) };
}

/**
 * A form post from another site is refused: when the browser sends an Origin, its host must be the host the
 * request was sent to. (SameSite=Lax cookies already keep the session off cross-site posts.)
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === null;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

/**
 * A 303 to a path on this site, as a relative Location. Behind a proxy (or bound to 127.0.0.1) Next may see
 * another host than the browser used; an absolute URL built from request.url would then leave the site and
 * break CSP form-action 'self'.
 */
export function seeOther(pathAndQuery: string): Response {
  return new Response(null, { status: 303, headers: { Location: pathAndQuery, "Cache-Control": "no-store" } });
}
