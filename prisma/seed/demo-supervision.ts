// Demo supervision (npm run demo only): in the first demo commune of each district, a 2018 plan approved by
// the Party committee, a supervision activity run from plan to its result report, recommendations sent
// (some answered on time, some late, some still waiting, a few past their due date), and in every other
// district a criticism case. All through the portal's own actions as the commune's demo head, on the
// dates they happened (the dates entered in the forms). Deterministic, skipped when already present.
import { randomUUID } from "node:crypto";
import { criticismStep, saveCriticism } from "../../lib/supervision/criticism-definitions";
import type { Db } from "../../lib/db";
import { runAction, type RunResult } from "../../lib/actions/run-action";
import { approvePlan, savePlan } from "../../lib/supervision/plan-definitions";
import { closeRecommendation, sendRecommendation } from "../../lib/supervision/recommendation-definitions";
import { moveActivity, saveActivity } from "../../lib/supervision/activity-definitions";
import { addDays, parseIsoDate, toIsoDate } from "../../lib/time/business-date";
import { validOn } from "../../lib/units/validity";
import type { Actor } from "../../lib/auth/actor";
import { actorFor, random } from "./demo-support";

const DEMO_DATE = parseIsoDate("2018-08-13")!;

const SUBJECTS = [
  ["UBND xã", "Việc thu, chi và công khai các khoản đóng góp của nhân dân xây dựng đường giao thông nông thôn"],
  ["Trạm Y tế xã", "Việc thực hiện chính sách bảo hiểm y tế cho người nghèo, cận nghèo"],
  ["Ban quản lý chợ", "Việc bảo đảm vệ sinh môi trường, an toàn thực phẩm tại chợ"],
  ["Trường Tiểu học", "Việc thu các khoản ngoài học phí đầu năm học"],
] as const;
const RECS = [
  ["Công khai kết quả thu, chi tại nhà văn hóa các thôn", "UBND xã"],
  ["Sửa chữa đoạn đường bị sạt lở trước mùa mưa bão", "UBND xã"],
  ["Bố trí điểm tập kết rác thải và lịch thu gom cố định", "Ban quản lý chợ"],
] as const;

export async function seedDemoSupervision(db: Db): Promise<{ activities: number; recommendations: number; late: number }> {
  const out = { activities: 0, recommendations: 0, late: 0 };
  if (await db.supervisionActivity.count({ where: { startOn: { lte: DEMO_DATE } } })) return out;
  const districts = await db.unit.findMany({ where: { level: "DISTRICT", ...validOn(DEMO_DATE) }, orderBy: { code: "asc" } });
  for (const [d, district] of districts.entries()) {
    const commune = await db.unit.findFirst({
      where: { parentId: district.id, level: "COMMUNE", ...validOn(DEMO_DATE), bloc: { meetings: { some: {} } } },
      orderBy: { code: "asc" },
    });
    if (!commune) continue;
    const head = await actorFor(db, `xa-${commune.code}`, DEMO_DATE);
    const clerk = await actorFor(db, `thuky-${commune.code}`, DEMO_DATE);
    if (!head || !clerk) continue;
    const rnd = random(Number(commune.code) * 13 + 5);
    // The delegation worked for a week in May–June and reported two weeks later.
    const start = addDays(parseIsoDate("2018-05-07")!, 7 * Math.floor(rnd() * 5));
    const done = await seedSupervisionOf(db, {
      unit: commune,
      head: head.actor,
      preparer: clerk.actor,
      index: d,
      rnd,
      year: 2018,
      approvalDate: parseIsoDate("2018-01-20")!,
      start,
      today: DEMO_DATE,
      criticismReceived: addDays(parseIsoDate("2018-06-04")!, 7 * Math.floor(rnd() * 6)),
    });
    out.activities += done.activities;
    out.recommendations += done.recommendations;
    out.late += done.late;
    await db.session.updateMany({ where: { id: { in: [head.sessionId, clerk.sessionId] } }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
  }
  return out;
}

/**
 * One commune's supervision year: the plan approved by the Party committee, a delegation run from plan to
 * its result report, recommendations sent (some answered on time, some late, some still waiting and past
 * their due date by `today`), and for every other commune a draft sent for criticism, some with too short a
 * lead time. All through the portal's own actions as the commune's head, on the dates they happened.
 */
export async function seedSupervisionOf(
  db: Db,
  plan: {
    unit: { id: string; code: string };
    head: Actor;
    /** Who prepares the criticism opinion for the head's signature (lib/signoff). */
    preparer: Actor;
    index: number;
    rnd: () => number;
    year: number;
    approvalDate: Date;
    start: Date;
    today: Date;
    criticismReceived: Date;
  },
): Promise<{ activities: number; recommendations: number; late: number }> {
  const out = { activities: 0, recommendations: 0, late: 0 };
  const ctx = { requestId: "demo-seed", address: "127.0.0.1" };
  const { unit: commune, head, preparer, index: d, rnd, start } = plan;
  const mttq = await db.organisation.findFirst({ where: { unitId: commune.id, type: { code: "MTTQ" }, ...validOn(start) } });
  const people = await db.blocPost.findMany({ where: { bloc: { unitId: commune.id }, termEnd: null }, select: { personId: true } });
  if (!mttq) return out;
  const [subject, content] = SUBJECTS[d % SUBJECTS.length];
  const ok = (r: RunResult) => {
    if (!r.ok) throw new Error(`Demo supervision ${commune.code}: ${r.formError} ${JSON.stringify(r.fieldErrors ?? {})}`);
    return r;
  };
  const year = String(plan.year);
  ok(
    await runAction(
      db,
      savePlan,
      {
        unitId: commune.id,
        year,
        version: "0",
        item_0_kind: "SUPERVISION",
        item_0_form: "DELEGATION",
        item_0_subject: subject,
        item_0_content: content,
        item_0_intendedTime: "Quý II",
        item_0_leadOrganisationId: mttq.id,
        item_1_kind: "CRITICISM",
        item_1_form: "CONFERENCE",
        item_1_subject: "Dự thảo văn bản của UBND xã",
        item_1_content: "Phản biện dự thảo quy định, đề án của xã khi được gửi",
        item_1_intendedTime: "Cả năm",
        item_1_leadOrganisationId: mttq.id,
      },
      head,
      ctx,
    ),
  );
  const yearPlan = await db.supervisionPlan.findFirstOrThrow({
    where: { unitId: commune.id, year: plan.year },
    include: { items: { orderBy: { sortOrder: "asc" } } },
  });
  ok(
    await runAction(
      db,
      approvePlan,
      { planId: yearPlan.id, version: "1", approvalNumber: `${10 + d}-QĐ/ĐU`, approvalDate: toIsoDate(plan.approvalDate), approvalBody: "Đảng ủy xã" },
      head,
      ctx,
    ),
  );
  const saved = ok(
    await runAction(
      db,
      saveActivity,
      {
        unitId: commune.id,
        submissionId: randomUUID(),
        version: "0",
        planItemId: yearPlan.items[0].id,
        form: "DELEGATION",
        subject,
        content,
        decisionNumber: `${20 + d}/QĐ-MTTQ`,
        decisionDate: toIsoDate(addDays(start, -10)),
        startOn: toIsoDate(start),
        endOn: toIsoDate(addDays(start, 4)),
        subjectReport: `${subject} đã báo cáo bằng văn bản theo đề cương của đoàn.`,
        findings: "Cơ bản thực hiện đúng quy định; việc công khai còn chậm, một số khoản chưa có chứng từ đầy đủ.",
        resultReport: "Đoàn đã báo cáo kết quả với Ban Thường trực và gửi kiến nghị đến cơ quan liên quan.",
        resultReportOn: toIsoDate(addDays(start, 14)),
        ...Object.fromEntries(
          people.slice(0, 1).flatMap((p, i) => [
            [`member_${i}_personId`, p.personId],
            [`member_${i}_role`, "Trưởng đoàn"],
          ]),
        ),
        member_1_name: "Nguyễn Thị Thanh (Ban Thanh tra nhân dân)",
        member_1_role: "Thành viên",
      },
      head,
      ctx,
    ),
  );
  const activityId = String(/\/supervision\/(.+)$/.exec(saved.redirectTo ?? "")?.[1]);
  for (const move of ["start", "report"]) {
    const a = await db.supervisionActivity.findUniqueOrThrow({ where: { id: activityId } });
    ok(await runAction(db, moveActivity, { activityId, version: String(a.version), move }, head, ctx));
  }
  out.activities++;
  // Recommendations sent with the result report; their responses as they came.
  const sentOn = addDays(start, 15);
  const count = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < count; i++) {
    const [text, addressee] = RECS[(d + i) % RECS.length];
    ok(await runAction(db, sendRecommendation, { activityId, submissionId: randomUUID(), content: text, addressee, sentOn: toIsoDate(sentOn) }, head, ctx));
    out.recommendations++;
    const rec = await db.recommendation.findFirstOrThrow({ where: { activityId, content: text } });
    const roll = rnd();
    if (roll < 0.3) continue; // still waiting (overdue by the demo date when its due date has passed)
    const respondedOn = roll < 0.65 ? addDays(rec.dueOn, -Math.floor(rnd() * 8)) : addDays(rec.dueOn, 2 + Math.floor(rnd() * 12));
    if (respondedOn >= plan.today) continue;
    if (respondedOn > rec.dueOn) out.late++;
    ok(
      await runAction(
        db,
        closeRecommendation,
        {
          recommendationId: rec.id,
          version: "1",
          how: "response",
          respondedOn: toIsoDate(respondedOn < sentOn ? sentOn : respondedOn),
          responseContent: "Đã tiếp thu, giao bộ phận chuyên môn thực hiện và báo cáo kết quả.",
          responseOutcome: rnd() < 0.8 ? "ACCEPTED" : "PARTLY",
        },
        head,
        ctx,
      ),
    );
  }
  // Every other commune: a draft sent for criticism, some with too short a lead time.
  if (d % 2 === 0) {
    const received = plan.criticismReceived;
    const kase = ok(
      await runAction(
        db,
        saveCriticism,
        {
          unitId: commune.id,
          submissionId: randomUUID(),
          version: "0",
          planItemId: yearPlan.items[1].id,
          title: "Dự thảo Quy định quản lý, sử dụng nhà văn hóa thôn",
          draftingBody: "UBND xã",
          receivedOn: toIsoDate(received),
          plannedSubmissionOn: toIsoDate(addDays(received, rnd() < 0.5 ? 10 : 20)),
          form: "CONFERENCE",
          participants: "Các tổ chức thành viên, trưởng thôn, đại diện nhân dân",
        },
        head,
        ctx,
      ),
    );
    const caseId = String(/\/criticism\/(.+)$/.exec(kase.redirectTo ?? "")?.[1]);
    const opinionOn = addDays(received, 5);
    if (opinionOn < plan.today) {
      const opinionContent =
        "Đề nghị bổ sung quy định về trách nhiệm bảo quản, thu, chi kinh phí sử dụng nhà văn hóa; lấy ý kiến nhân dân các thôn trước khi ban hành.";
      // Prepared by the secretary, signed and sent by the head.
      ok(await runAction(db, criticismStep, { caseId, version: "1", step: "prepare", opinionContent }, preparer, ctx));
      ok(await runAction(db, criticismStep, { caseId, version: "2", step: "opinion", opinionSentOn: toIsoDate(opinionOn), opinionContent }, head, ctx));
    }
  }
  return out;
}
