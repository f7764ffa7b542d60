// A report's moves once written: one account prepares it for signing, another signs and sends it (or one
// holding both posts does both, lib/signoff); the reviewer returns it with reasons per section,
// accepts and locks it, or unlocks it with a reason. The writer is told when it is returned or accepted.
import { startMove } from "../actions/status-machine";
import { updateAtVersion } from "../actions/versioned";
import { applyReportChange } from "../rollups/area";
import type { ActionDefinition } from "../actions/run-action";
import { MESSAGES, RefusedError } from "../actions/result";
import type { Prisma, ReportStatus } from "../../generated/prisma/sqlite/client";
import { today } from "../time/today";
import { REPORT_STATUS_LABEL, SECTIONS, type Section } from "./rules";
import { moveReportSchema } from "./schema";
import { reportScope } from "../auth/records";
import { notify } from "../notifications/notify";
import { reportReviewed } from "../notifications/events";
import { unitTitle } from "../units/labels";
import { loadReport, type ReportLoaded } from "./definitions";
import { requireSigner } from "../signoff/rules";
import { bodySigner, issueNumber, liveEntry, reportBodyKind, type IssuedNumber } from "../registers/issue";

const INVALID = MESSAGES.invalid;

type Side = "preparer" | "writer" | "reviewer";
type MoveName = "prepare" | "submit" | "accept" | "return" | "unlock";

// Preparing ("Trình ký") keeps the status; the signer's sending is the move to "Đã gửi" (lib/signoff).
const MOVES: Record<MoveName, { from: ReportStatus[]; to: ReportStatus | null; side: Side; label: string }> = {
  prepare: { from: ["DRAFT", "RETURNED"], to: null, side: "preparer", label: "Trình ký" },
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", side: "writer", label: "Ký và gửi" },
  accept: { from: ["SUBMITTED"], to: "ACCEPTED", side: "reviewer", label: "Tiếp nhận" },
  return: { from: ["SUBMITTED"], to: "RETURNED", side: "reviewer", label: "Trả lại" },
  unlock: { from: ["ACCEPTED"], to: "RETURNED", side: "reviewer", label: "Mở khóa để sửa" },
};

const NAMES: Record<Side, string> = { preparer: "report.prepare", writer: "report.submit", reviewer: "report.review" };

/** Cleared when the reviewer sends a report back: the next round is prepared and signed again. */
const SIGN_OFF_CLEARED = { preparedById: null, preparedAt: null, signedById: null, signedAt: null };

function moveDefinition(side: Side): ActionDefinition<typeof moveReportSchema, ReportLoaded, undefined> {
  return {
    name: NAMES[side],
    permission: side === "reviewer" ? "report.review" : "report.write",
    schema: moveReportSchema,
    load: (db, input, actor, permission) =>
      MOVES[input.move].side === side
        ? loadReport(db, input.reportId, side === "reviewer" ? "reviewer" : "writer", reportScope(actor, permission))
        : Promise.resolve(null),
    async write(tx, { input, loaded, actor }) {
      const before = loaded.report;
      const move = startMove("Báo cáo", before, input, MOVES, REPORT_STATUS_LABEL);
      const now = today();
      const to = move.to ?? before.status;
      const data: Prisma.ReportUpdateManyMutationInput = { status: to };
      let number: IssuedNumber | null = null;
      let dualPost = false;
      let kept: string | null = null;
      const reasons = (Object.keys(SECTIONS) as Section[]).flatMap((s) =>
        input[`reason_${s}`] ? [{ section: s, reason: input[`reason_${s}`] as string }] : [],
      );
      switch (input.move) {
        case "prepare":
          Object.assign(data, { preparedById: actor.userId, preparedAt: new Date() });
          break;
        case "submit":
          if (now < before.periodStart) throw new RefusedError(`Kỳ ${before.periodKey} chưa bắt đầu: chưa gửi được.`);
          // The preparer's step came first, by another account (lib/signoff); refused before any number.
          dualPost = (await requireSigner(tx, { unitId: before.unitId, preparedById: before.preparedById, signerId: actor.userId, document: "báo cáo" }))
            .dualPost;
          Object.assign(data, { signedById: actor.userId, signedAt: new Date() });
          data.submittedOn = now;
          if (!before.firstSubmittedOn) data.firstSubmittedOn = now;
          // Sending is issuing: the report takes the next number of its body's register, once (a report
          // returned and sent again keeps it; one whose number was voided takes a new one).
          kept = (await liveEntry(tx, "Report", before.id))?.label ?? null;
          if (!kept)
            number = await issueNumber(tx, {
              unit: before.unit,
              bodyKind: reportBodyKind(before.unit.level, before.unit.bloc?.model),
              kind: "REPORT",
              issuedOn: now,
              summary: `${before.regime.name}, kỳ ${before.periodKey}`,
              ...(await bodySigner(
                tx,
                before.unit.id,
                actor.displayName,
                reportBodyKind(before.unit.level, before.unit.bloc?.model) === "PARTY_COMMITTEE" ? "PARTY" : "FRONT",
              )),
              entityType: "Report",
              entityId: before.id,
              issuedById: actor.userId,
            });
          break;
        case "return":
          if (!reasons.length) throw new RefusedError(INVALID, { reason: ["Hãy nêu lý do trả lại ở ít nhất một phần của báo cáo."] });
          for (const r of reasons)
            await tx.reportReview.create({ data: { reportId: before.id, action: "RETURN", section: r.section, reason: r.reason, reviewerId: actor.userId } });
          Object.assign(data, SIGN_OFF_CLEARED);
          break;
        case "accept":
          data.acceptedAt = new Date();
          await tx.reportReview.create({ data: { reportId: before.id, action: "ACCEPT", reviewerId: actor.userId } });
          break;
        case "unlock":
          if (!input.reason) throw new RefusedError(INVALID, { reason: ["Hãy nêu lý do mở khóa."] });
          Object.assign(data, SIGN_OFF_CLEARED, { acceptedAt: null });
          await tx.reportReview.create({ data: { reportId: before.id, action: "UNLOCK", reason: input.reason, reviewerId: actor.userId } });
          break;
      }
      await updateAtVersion(tx.report, { id: before.id, version: before.version }, data);
      if (to === "ACCEPTED" || input.move === "return")
        await notify(tx, [
          reportReviewed({ ...before, regimeName: before.regime.name }, to === "ACCEPTED" ? "ACCEPTED" : "RETURNED", unitTitle(before.recipient)),
        ]);
      // The first submission is what the rates count (layered rollup; later re-submissions do not change it).
      if (data.firstSubmittedOn)
        await applyReportChange(tx, {
          unitId: before.unitId,
          regimeId: before.regimeId,
          periodKey: before.periodKey,
          submitted: 1,
          onTime: now <= before.dueOn ? 1 : 0,
        });
      return {
        entityType: "Report",
        entityId: before.id,
        unitId: before.unitId,
        before: { status: before.status },
        after: {
          status: to,
          number: number?.label,
          reasons: reasons.length ? reasons : undefined,
          signedUnderDualPost: dualPost || undefined,
        },
        reason: input.reason ?? (reasons.length ? reasons.map((r) => `${SECTIONS[r.section]}: ${r.reason}`).join("; ") : undefined),
        message:
          input.move === "submit"
            ? `Đã ký và gửi báo cáo${number || kept ? ` số ${number?.label ?? kept}` : ""} tới ${loaded.report.recipient.name}.`
            : input.move === "prepare"
              ? "Đã trình ký báo cáo: người có thẩm quyền ký và gửi bằng tài khoản của mình."
              : `Đã chuyển sang “${REPORT_STATUS_LABEL[to]}”.`,
        redirectTo: `/reports/${before.id}`,
      };
    },
  };
}

export const prepareReport = moveDefinition("preparer");
export const submitReport = moveDefinition("writer");
export const reviewReport = moveDefinition("reviewer");
