// Server errors go to the structured log with the request id; users see only the Vietnamese error page.
import type { Instrumentation } from "next";

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
