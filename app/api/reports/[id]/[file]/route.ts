import { reportDocxResponse } from "@/lib/reports/files";

export const dynamic = "force-dynamic";

/** /api/reports/<id>/report.docx — the report in its issuing body's format. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (file !== "report.docx") return new Response("Không tìm thấy.", { status: 404 });
  return reportDocxResponse(id, new URL(request.url));
}
