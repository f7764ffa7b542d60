// A refused request to a route handler (a download or an upload): one denial record, then the answer
// that says nothing about whether the record exists — 401 without a session, 404 otherwise; or, where the
// reader may see the record but not what they asked of it (citizens in full), 403 with the message.
import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { requestContext } from "../request-context";
import { recordDenial, type AuditRecord } from "./write";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function deniedResponse(actor: Actor | null, record: Omit<AuditRecord, "reason">, reason?: string, message?: string): Promise<Response> {
  await recordDenial(db, actor, { ...record, reason: reason ?? (actor ? "forbidden" : "no-session") }, await requestContext());
  if (!actor) return new Response("Cần đăng nhập.", { status: 401, headers: TEXT });
  return message ? new Response(message, { status: 403, headers: TEXT }) : new Response("Không tìm thấy.", { status: 404, headers: TEXT });
}
