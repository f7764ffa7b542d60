import { criticismDocxResponse } from "@/lib/supervision/files";

export const dynamic = "force-dynamic";

/** /api/criticism/<id>/opinion.docx — the criticism opinion in the Front's format. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (file !== "opinion.docx") return new Response("Không tìm thấy.", { status: 404 });
  return criticismDocxResponse(id, new URL(request.url));
}
