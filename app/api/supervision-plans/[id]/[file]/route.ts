import { planDocxResponse } from "@/lib/supervision/files";

export const dynamic = "force-dynamic";

/** /api/supervision-plans/<id>/plan.docx — the year's supervision and criticism plan in the Front's format. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (file !== "plan.docx") return new Response("Không tìm thấy.", { status: 404 });
  return planDocxResponse(id, new URL(request.url));
}
