// Whether the database answers, as the proxy sees it: checked at most every two seconds per process
// (one `SELECT 1`, bounded at one second; the requests arriving meanwhile wait for it).
// While it does not answer, pages get a friendly "service unavailable" page and API calls a 503 at once,
// instead of each request failing (or hanging) on its own; the first check after it answers again lets
// everything through.
import { checkDatabase } from "./health";
import { db } from "./db";
import { env } from "./env";

const RECHECK_MS = 2_000;
/** A SELECT 1 slower than this counts as no answer (requests wait for the check). */
const CHECK_TIMEOUT_MS = 1_000;
let state: { ok: boolean; checkedAt: number } = { ok: true, checkedAt: 0 };
let pending: Promise<void> | null = null;

function recheck(): Promise<void> {
  pending ??= checkDatabase(db, env.DATABASE_URL, CHECK_TIMEOUT_MS)
    .then((r) => {
      state = { ok: r.ok, checkedAt: Date.now() };
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** The answer is at most two seconds old: a stale one is renewed first (a healthy SELECT 1 takes about a millisecond). */
export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  if (now - state.checkedAt >= RECHECK_MS) await recheck();
  return state.ok;
}

export const UNAVAILABLE_PAGE = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="15"><title>Hệ thống tạm thời gián đoạn</title></head><body><main><h1>Hệ thống tạm thời gián đoạn</h1><p>Cổng thông tin chưa kết nối được cơ sở dữ liệu. Những gì đã lưu trước đó không bị mất.</p><p>Trang sẽ tự tải lại sau 15 giây; nếu vẫn chưa được, hãy báo quản trị hệ thống.</p></main></body></html>`;
