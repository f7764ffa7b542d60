import { minutesDocxResponse, noticeDocxResponse } from "@/lib/meetings/minutes-files";

export const dynamic = "force-dynamic";

/** /api/meetings/<id>/minutes.docx and notice.docx — the minutes and the conclusions notice in the issuing body's format. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (file === "minutes.docx") return minutesDocxResponse(id, new URL(request.url));
  if (file === "notice.docx") return noticeDocxResponse(id, new URL(request.url));
  return new Response("Không tìm thấy.", { status: 404 });
}
