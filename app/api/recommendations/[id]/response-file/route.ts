import { handleResponseFile } from "@/lib/supervision/files";

export const dynamic = "force-dynamic";

/** Filing the response document of an answered recommendation; see lib/supervision/files.ts. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleResponseFile(request, (await params).id);
}
