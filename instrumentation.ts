// Server start and server errors. At start (not during the build) the production server refuses to run
// without its session secret; errors go to the structured log with the request id, while users see only
// the Vietnamese error page.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    throw new Error("NEXTAUTH_SECRET is required (at least 32 characters); `npm run demo` generates one into .auth-secret.");
  }
  const { recordRequestTimes } = await import("@/lib/request-times");
  recordRequestTimes();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logger } = await import("@/lib/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  logger.error("request failed", {
    requestId: headers["x-request-id"],
    method: request.method,
    path: request.path,
    route: context.routePath,
    digest: (error as { digest?: string }).digest,
    error,
  });
};
