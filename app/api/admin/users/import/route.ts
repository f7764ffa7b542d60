import { handleImportUpload } from "@/lib/users/import-upload";

export const dynamic = "force-dynamic";

/** Upload of a user list (CSV or XLSX); see lib/users/import-upload.ts. */
export function POST(request: Request) {
  return handleImportUpload(request);
}
