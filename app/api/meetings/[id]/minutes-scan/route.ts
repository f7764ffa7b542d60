import { handleMinutesScan } from "@/lib/meetings/minutes-files";

export const dynamic = "force-dynamic";

/** Filing the scan of a meeting's signed minutes; see lib/meetings/minutes-files.ts. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleMinutesScan(request, (await params).id);
}
