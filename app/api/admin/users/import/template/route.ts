import { getActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { deniedResponse } from "@/lib/audit/denied-response";
import { toCsv } from "@/lib/files/csv";
import { TEMPLATE_HEADER } from "@/lib/users/import";

export const dynamic = "force-dynamic";

/** The import template: the header line and one example row, UTF-8 with a BOM for Excel. */
export async function GET() {
  const actor = await getActor();
  if (!actor || !can(actor, "user.manage")) return deniedResponse(actor, { action: "user.import_template", entityType: "UserImport" });
  const csv = toCsv([TEMPLATE_HEADER, ["nguyenthi.a", "Nguyễn Thị A", "Trưởng khối cấp xã", "06922", "", "13/08/2018"]]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mau-nhap-nguoi-dung.csv"',
      "Cache-Control": "no-store",
    },
  });
}
