import { minutesDocxResponse } from "@/lib/meetings/minutes-files";

export const dynamic = "force-dynamic";

/** /api/meetings/<id>/minutes.docx — the minutes in the issuing body's format. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (file !== "minutes.docx") return new Response("Không tìm thấy.", { status: 404 });
  return minutesDocxResponse(id);
}
