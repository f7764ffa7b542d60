// Runs before every page and API request: request id, CSP nonce, security headers.
// It also sends anyone without a session token to /login. That is a convenience only: every page, action
// and route handler checks the session against the database itself (lib/auth/current.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { requestIdFrom, securityHeaders } from "@/lib/security-headers";
import { logger } from "@/lib/log";
import { decodeSessionToken } from "@/lib/auth/jwt";
import { actionRequestProblem } from "@/lib/action-requests";
import { databaseAvailable, UNAVAILABLE_PAGE } from "@/lib/availability";

const https = (process.env.PUBLIC_URL ?? "").startsWith("https://");
const dev = process.env.NODE_ENV === "development";

const FILE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";

// Reached without a session: signing in, the health check, a message's unsubscribe link and the password
// reset (each checks its own token).
const PUBLIC = [/^\/login(\/|$)/, /^\/api\/auth(\/|$)/, /^\/api\/health$/, /^\/unsubscribe$/, /^\/api\/unsubscribe$/, /^\/password\/(forgot|reset)$/];

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const nonce = btoa(crypto.randomUUID());
  const headers = securityHeaders(nonce, { dev, https });
  // Stored files (scans) are served sandboxed: this policy replaces the page policy, which would win over
  // the route handler's own header.
  if (path.startsWith("/api/files/")) headers["Content-Security-Policy"] = FILE_CSP;
  const secured = (response: Response) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    response.headers.set("x-request-id", requestId);
    return response;
  };
  // The database does not answer: one friendly page (and 503) for everything but the health check itself.
  if (path !== "/api/health" && !(await databaseAvailable())) {
    logger.warn("database unavailable", { requestId, path });
    const headers503 = { "Cache-Control": "no-store", "Retry-After": "15" };
    return secured(
      path.startsWith("/api/")
        ? Response.json({ error: "Hệ thống tạm thời gián đoạn." }, { status: 503, headers: headers503 })
        : new Response(UNAVAILABLE_PAGE, { status: 503, headers: { ...headers503, "Content-Type": "text/html; charset=utf-8" } }),
    );
  }
  if (!PUBLIC.some((p) => p.test(path))) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, secureCookie: https, decode: decodeSessionToken }).catch(() => null);
    if (!token) {
      if (path.startsWith("/api/")) {
        return secured(Response.json({ error: "Cần đăng nhập." }, { status: 401, headers: { "Cache-Control": "no-store" } }));
      }
      const login = new URL("/login", request.url);
      if (path !== "/") login.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`.slice(0, 512));
      return secured(NextResponse.redirect(login));
    }
  }
  if (request.method === "POST" && !path.startsWith("/api/")) {
    const problem = await actionRequestProblem(request);
    if (problem) {
      logger.warn("action request refused", { requestId, path, status: problem.status });
      const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Không gửi được biểu mẫu</title></head><body><main><h1>Không gửi được biểu mẫu</h1><p>${problem.message}</p><p><a href="${path.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}">Quay lại trang</a></p></main></body></html>`;
      return secured(new Response(page, { status: problem.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } }));
    }
  }
  const forwarded = new Headers(request.headers);
  forwarded.set("x-request-id", requestId);
  forwarded.set("x-nonce", nonce);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  // Its log line ("request done", with the status and the server time) is written when the response has
  // been sent (lib/request-times.ts).
  return secured(NextResponse.next({ request: { headers: forwarded } }));
}

export const config = {
  // Static files anyone may fetch: the build's assets, the icon, the fonts and the district outlines (public data).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|fonts/|maps/).*)" }],
};
