// Runs before every page and API request: request id, CSP nonce, security headers, one log line.
// Authentication will join it as a convenience redirect; each action and route still checks for itself.
import { NextResponse, type NextRequest } from "next/server";
import { requestIdFrom, securityHeaders } from "@/lib/security-headers";
import { logger } from "@/lib/log";

const https = (process.env.PUBLIC_URL ?? "").startsWith("https://");
const dev = process.env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const nonce = btoa(crypto.randomUUID());
  const headers = securityHeaders(nonce, { dev, https });
  const forwarded = new Headers(request.headers);
  forwarded.set("x-request-id", requestId);
  forwarded.set("x-nonce", nonce);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  logger.info("request", { requestId, method: request.method, path: request.nextUrl.pathname });
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
