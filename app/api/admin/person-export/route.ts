import { personExport } from "@/lib/privacy/person-export";

export const dynamic = "force-dynamic";

/** /api/admin/person-export?name=&id=&reason= — what the portal holds about a person, for their request. */
export async function GET(request: Request) {
  return personExport(new URL(request.url));
}
