import { handleFileDownload } from "@/lib/files/serve";

export const dynamic = "force-dynamic";

/** A stored scan, for those who may read its unit; see lib/files/serve.ts. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleFileDownload((await params).id);
}
