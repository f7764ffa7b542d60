import { handleExport } from "@/lib/exports/bloc-exports";

export const dynamic = "force-dynamic";

/** /api/export/<name>.csv — downloads; see lib/exports. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return handleExport((await params).file, new URL(request.url));
}
