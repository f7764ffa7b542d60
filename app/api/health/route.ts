import { checkDatabase } from "@/lib/health";
import { logger } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Readiness for load balancers and monitors: 200 with the database reachable, 503 without. Public, no data. */
export async function GET(request: Request) {
  const result = await checkDatabase();
  if (!result.ok) logger.warn("health: database unreachable", { requestId: request.headers.get("x-request-id"), ...result });
  return Response.json(
    { status: result.ok ? "ok" : "unavailable", database: result.ok ? "up" : "down", latencyMs: result.latencyMs },
    { status: result.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
