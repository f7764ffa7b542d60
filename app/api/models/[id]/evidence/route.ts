import { handleEvidenceUpload } from "@/lib/skilful-models/files";

export const dynamic = "force-dynamic";

/** POST /api/models/<id>/evidence — a document or photo backing a "Dân vận khéo" model. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleEvidenceUpload(request, (await params).id);
}
