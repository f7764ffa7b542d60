import { handleScanUpload } from "@/lib/blocs/scan-upload";

export const dynamic = "force-dynamic";

/** Upload of a decision's scan for the bloc of a unit; see lib/blocs/scan-upload.ts. */
export async function POST(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  return handleScanUpload(request, (await params).unitId);
}
