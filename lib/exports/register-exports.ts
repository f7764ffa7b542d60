// register.csv: the numbers issued from registers, with optional unit=<unit id> (a unit in the caller's
// scope; default: the caller's own bodies), year= (default: this business year), kind= and format=xlsx.
import "server-only";
import type { Actor } from "../auth/actor";
import { deniedResponse } from "../audit/denied-response";
import { REGISTER_HEADER, registerRows } from "../registers/queries";
import { REGISTER_KINDS } from "../registers/rules";
import { today } from "../time/today";
import { RECORD_ID } from "../validation";
import { badRequest, exportResponse, type ExportFormat } from "./respond";
import type { RegisterKind } from "../../generated/prisma/sqlite/enums";

export async function registerExport(url: URL, actor: Actor, format: ExportFormat): Promise<Response> {
  const unitId = url.searchParams.get("unit");
  if (unitId !== null && !RECORD_ID.test(unitId)) return badRequest("Mã đơn vị không hợp lệ.");
  const yearRaw = url.searchParams.get("year");
  const year = yearRaw === null || yearRaw === "" ? today().getUTCFullYear() : /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : NaN;
  if (!Number.isInteger(year) || year < 2018 || year > 2100) return badRequest("Năm không hợp lệ: dùng dạng 2026.");
  const kindRaw = url.searchParams.get("kind");
  if (kindRaw && !(REGISTER_KINDS as readonly string[]).includes(kindRaw)) return badRequest(`Loại văn bản không hợp lệ: dùng ${REGISTER_KINDS.join(", ")}.`);
  const rows = await registerRows(actor, { unitId, year, kind: (kindRaw || null) as RegisterKind | null });
  if (!rows) return deniedResponse(actor, { action: "export.register.csv", entityType: "Export", after: { unit: unitId } });
  return exportResponse(`so-van-ban-${year}`, REGISTER_HEADER, rows, format);
}
