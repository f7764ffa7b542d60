import { minutesDocxResponse, noticeDocxResponse } from "@/lib/meetings/minutes-files";

export const dynamic = "force-dynamic";

/** /api/meetings/<id>/minutes.docx and notice.docx — the minutes and the conclusions notice in the issuing body's format. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (file === "minutes.docx") return minutesDocxResponse(id);
  if (file === "notice.docx") return noticeDocxResponse(id);
  return new Response("Không tìm thấy.", { status: 404 });
}
