// `npm run handover -- --date YYYY-MM-DD [--dry-run] [--as USERNAME] [--unit CODE …]`: an administrator (or
// a reviewer, in their scope) takes over a whole reorganisation at once. The same plan and the same moves as
// the hand-over page (lib/handover/open-work.ts, apply.ts); each closed unit's items go to its proposed
// successor in one transaction with their audit events. Prints what moves (or would move) by successor and
// ends with `Tổng: N mục`; items that cannot move are listed with the reason and not counted. A second run
// finds nothing more to move.
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { loadActor } from "../auth/actor";
import { auditChanges } from "../audit/write";
import { indexChanges } from "../search/index";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import { writeTransaction } from "../actions/transaction";
import { formatDate } from "../time/business-date";
import { unitTitle } from "../units/labels";
import { applyHandOvers } from "./apply";
import { KIND_LABEL, KINDS } from "./open-work";
import { handOverPlan, type ClosedUnit } from "./plan";

export interface CommandOptions {
  date: Date;
  dryRun: boolean;
  username: string;
  /** The business date the hand-over is recorded on. */
  today: Date;
  units?: string[];
}

export interface CommandResult {
  lines: string[];
  /** Items moved (or, on a dry run, that would move). */
  total: number;
  ok: boolean;
}

export async function handOverCommand(db: Db, options: CommandOptions): Promise<CommandResult> {
  const user = await db.user.findUnique({ where: { username: options.username }, select: { id: true } });
  if (!user)
    return { ok: false, total: 0, lines: [`Không có tài khoản “${options.username}”: dùng --as <tên đăng nhập> của quản trị viên hoặc người rà soát.`] };
  // The command acts as that account, through a session of its own (revoked at the end) so that its
  // assignments, its scope and its audit events are exactly those of a signed-in request.
  const session = await db.session.create({ data: { userId: user.id } });
  try {
    const loaded = await loadActor(db, session.id, options.today);
    if (!("actor" in loaded)) return { ok: false, total: 0, lines: [`Tài khoản “${options.username}” không dùng được (${loaded.problem}).`] };
    const actor = loaded.actor;
    const plan = await handOverPlan(db, actor, options.date, { codes: options.units });
    const lines = [
      `Bàn giao do sắp xếp đơn vị từ ngày ${formatDate(options.date)}${options.dryRun ? " (chạy thử, chưa ghi gì)" : ""}: ${plan.length} đơn vị kết thúc hoạt động ngày ${formatDate(new Date(options.date.getTime() - 86_400_000))} trong phạm vi của ${options.username}.`,
    ];
    const bySuccessor = new Map<string, { title: string; from: Map<string, number>; kinds: Map<string, number> }>();
    const blocked: string[] = [];
    let total = 0;
    for (const closed of plan) {
      const to = closed.successors[0];
      const movable = closed.items.filter((i) => i.blocked === null && to);
      for (const i of closed.items.filter((x) => x.blocked !== null))
        blocked.push(`  ${unitTitle(closed.unit)} (${closed.unit.code}) · ${KIND_LABEL[i.kind]} “${i.label}”: ${i.blocked}`);
      if (!movable.length) continue;
      if (!options.dryRun) {
        const failed = await applyUnit(db, actor, closed, options);
        if (failed) {
          blocked.push(`  ${unitTitle(closed.unit)} (${closed.unit.code}): ${failed}`);
          continue;
        }
      }
      const entry = bySuccessor.get(to.id) ?? bySuccessor.set(to.id, { title: `${unitTitle(to)} (${to.code})`, from: new Map(), kinds: new Map() }).get(to.id)!;
      entry.from.set(`${unitTitle(closed.unit)} (${closed.unit.code})`, movable.length);
      for (const i of movable) entry.kinds.set(i.kind, (entry.kinds.get(i.kind) ?? 0) + 1);
      total += movable.length;
    }
    for (const entry of [...bySuccessor.values()].sort((a, b) => a.title.localeCompare(b.title, "vi"))) {
      const count = [...entry.kinds.values()].reduce((a, b) => a + b, 0);
      lines.push(`▸ ${entry.title}: ${count} mục ${options.dryRun ? "sẽ nhận" : "đã nhận"}, từ ${[...entry.from].map(([t, n]) => `${t} ${n}`).join("; ")}`);
      lines.push(
        `    ${KINDS.filter((k) => entry.kinds.has(k))
          .map((k) => `${KIND_LABEL[k]}: ${entry.kinds.get(k)}`)
          .join(" · ")}`,
      );
    }
    if (blocked.length) lines.push(`Không chuyển được ${blocked.length} mục (cần xử lý trên trang bàn giao):`, ...blocked);
    lines.push(`Tổng: ${total} mục`);
    return { ok: true, total, lines };
  } finally {
    await db.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
  }
}

/** One closed unit's movable items to its proposed successor, in one transaction; the refusal's text if any. */
async function applyUnit(db: Db, actor: Parameters<typeof applyHandOvers>[1], closed: ClosedUnit, options: CommandOptions): Promise<string | null> {
  const to = closed.successors[0];
  const choices = closed.items.filter((i) => i.blocked === null).map((i) => ({ kind: i.kind, itemId: i.id, toUnitId: to.id, version: i.version }));
  try {
    await writeTransaction(db, async (tx) => {
      const audit = await applyHandOvers(tx, actor, options.date, options.today, choices);
      await auditChanges(tx, actor, audit, { requestId: `cli-handover-${randomUUID()}`, address: "cli" });
      // The moved records are found under their new unit (decision 0036), as after the page's hand-over.
      await indexChanges(tx, audit);
    });
    return null;
  } catch (error) {
    if (error instanceof RefusedError) return error.formError;
    if (error instanceof ConflictError) return MESSAGES.conflict;
    throw error;
  }
}
