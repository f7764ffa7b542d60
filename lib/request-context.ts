// The request id and client address of the current request, for audit events and throttling.
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
  const last = forwardedFor?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  const address = last ?? realIp ?? "unknown";
  return address.slice(0, 64);
}

export async function requestContext(): Promise<RequestContext> {
  const h = await headers();
  return { requestId: h.get("x-request-id"), address: addressFrom(h.get("x-forwarded-for"), h.get("x-real-ip")) };
}
