// The demo's "Dân vận khéo" models (decision 0043), written through the portal's own actions: the years'
// criteria by the administrator; in 2018 a few communes register models that their district's reviewer
// returns, accepts (one recognised by its commune) or does not accept, and others still wait; in today's
// province communes register this year's models, one continuing a model of a commune it was formed from,
// which the province's reviewer accepts and recognises, and evaluates some others; three communes that
// closed on 30/6/2025 had registered 2025 models, which the hand-over carries to their successors. Demo data: the names and figures are examples, not facts.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import { runAction } from "../../lib/actions/run-action";
import { registerModel } from "../../lib/skilful-models/definitions";
import { evaluateModel, setModelCriteria } from "../../lib/skilful-models/review-definitions";
import { recogniseModel } from "../../lib/skilful-models/recognition-definitions";
import { onBusinessDay, today } from "../../lib/time/today";
import { parseIsoDate, toIsoDate } from "../../lib/time/business-date";
import { validOn } from "../../lib/units/validity";
import { actorFor } from "./demo-support";
import { TWO_LEVEL_FROM } from "./demo-today";

const DEMO_DATE = parseIsoDate("2018-08-13")!;
const SPRING_2025 = parseIsoDate("2025-04-15")!;
/** 2018 communes with a 2025 model when the reorganisation comes (the demo's last-days communes). */
const HANDED_OVER_MODELS = ["06868", "06655", "06760"];

const CRITERIA = "Hiệu quả thiết thực; 40; 10\nSự tham gia của nhân dân; 30; 10\nKhả năng lan tỏa, nhân rộng; 30; 10";

const MODELS = [
  {
    name: "Làm đường giao thông nông thôn bằng sức dân",
    field: "ECONOMY",
    target: "Các hộ dân thôn",
    goals: "Chiều dài đường bê tông: 1,2 km\nSố hộ đóng góp ngày công: 150",
  },
  {
    name: "Tổ tự quản an ninh trật tự khu dân cư",
    field: "DEFENCE_SECURITY",
    target: "Các hộ gia đình trong khu dân cư",
    goals: "Số tổ tự quản: 6\nSố vụ việc được hòa giải: 12",
  },
  {
    name: "Hỗ trợ hộ nghèo phát triển sinh kế",
    field: "ECONOMY",
    target: "Hộ nghèo, hộ cận nghèo",
    goals: "Số hộ được hỗ trợ giống, vốn: 25\nSố hộ thoát nghèo: 8",
  },
  {
    name: "Khu dân cư không rác thải nhựa",
    field: "CULTURE_SOCIETY",
    target: "Hội viên phụ nữ và các hộ dân",
    goals: "Số hộ phân loại rác tại nguồn: 200\nSố buổi ra quân dọn vệ sinh: 12",
  },
  {
    name: "Tiếp xúc, đối thoại của người đứng đầu với nhân dân",
    field: "PARTY_GOVERNMENT",
    target: "Nhân dân trong xã",
    goals: "Số buổi đối thoại: 4\nTỷ lệ kiến nghị được trả lời: 100%",
  },
] as const;

/** Scores out of 10 on the three criteria: accepted (85), not accepted (55). */
const SCORES = { accept: ["9", "8", "8"], reject: ["6", "5", "5"] } as const;

export async function seedDemoModels(db: Db): Promise<{ registered: number; evaluated: number }> {
  const out = { registered: 0, evaluated: 0 };
  const ctx = { requestId: "demo-seed", address: "127.0.0.1" };
  const admin = await actorFor(db, "admin", today());
  if (!admin) return out;
  const years = [DEMO_DATE.getUTCFullYear(), ...(today() >= TWO_LEVEL_FROM ? [SPRING_2025.getUTCFullYear(), today().getUTCFullYear()] : [])];
  for (const year of new Set(years)) {
    if (await db.modelYear.findUnique({ where: { year } })) continue;
    await runAction(db, setModelCriteria, { year: String(year), version: "0", passThreshold: "70", criteria: CRITERIA }, admin.actor, ctx);
  }

  /** Registers models at a unit on `day` and has `reviewer` evaluate them in the given order. */
  const run = async (code: string, day: Date, reviewerName: string, outcomes: ("accept" | "reject" | "return" | null)[], continuesId = "") =>
    onBusinessDay(day, async () => {
      const unit = await db.unit.findFirst({ where: { code, level: "COMMUNE", ...validOn(day) } });
      const head = await actorFor(db, `xa-${code}`, day);
      const reviewer = await actorFor(db, reviewerName, day);
      if (!unit || !head || !reviewer || (await db.skilfulModel.count({ where: { unitId: unit.id } }))) return [];
      const ids: string[] = [];
      for (const [i, outcome] of outcomes.entries()) {
        const m = MODELS[(Number(code) + i) % MODELS.length];
        const saved = await runAction(
          db,
          registerModel,
          {
            unitId: unit.id,
            submissionId: randomUUID(),
            organisationId: "",
            continuesId: i === 0 ? continuesId : "",
            year: String(day.getUTCFullYear()),
            name: m.name,
            field: m.field,
            targetGroup: m.target,
            participants: "Ủy ban MTTQ, Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh",
            startOn: toIsoDate(new Date(Date.UTC(day.getUTCFullYear(), 1, 15))),
            goals: m.goals,
          },
          head.actor,
          ctx,
        );
        if (!saved.ok) continue;
        const id = /\/models\/([^?]+)/.exec(saved.redirectTo!)![1];
        ids.push(id);
        out.registered++;
        if (!outcome) continue;
        const criteria = await db.modelCriterion.findMany({ where: { year: day.getUTCFullYear() }, orderBy: { sortOrder: "asc" } });
        const scores = outcome === "return" ? [] : SCORES[outcome];
        const evaluated = await runAction(
          db,
          evaluateModel,
          {
            modelId: id,
            version: "1",
            move: outcome,
            comment: outcome === "return" ? "Bổ sung hình ảnh công trình và biên bản họp dân thống nhất đóng góp." : "",
            ...Object.fromEntries(criteria.map((c, n) => [`score_${c.id}`, scores[n] ?? ""])),
          },
          reviewer.actor,
          ctx,
        );
        if (evaluated.ok) out.evaluated++;
      }
      return ids;
    });

  // 2018: communes of Hải Hà (201), the district's reviewer.
  const first = await run("06922", DEMO_DATE, "huyen-201", ["accept", "return", null]);
  /** Recognises a model at a level with a decision numbered in the recognising body's register. */
  const recognise = async (modelId: string | undefined, username: string, level: "COMMUNE" | "PROVINCE", day: Date) => {
    if (!modelId) return;
    await onBusinessDay(day, async () => {
      const who = await actorFor(db, username, day);
      const version = (await db.skilfulModel.findUniqueOrThrow({ where: { id: modelId } })).version;
      if (who) await runAction(db, recogniseModel, { modelId, version: String(version), level, issuedOn: toIsoDate(day) }, who.actor, ctx);
    });
  };
  // Quảng Hà's accepted model is recognised by the commune with a numbered decision.
  await recognise(first[0], "xa-06922", "COMMUNE", DEMO_DATE);
  await run("06925", DEMO_DATE, "huyen-201", ["reject", null]);
  await run("06958", DEMO_DATE, "huyen-201", ["accept"]);
  // Today: a commune formed from 06922 continues its accepted model; others register this year's.
  if (today() >= TWO_LEVEL_FROM) {
    // In spring 2025, before the reorganisation, communes that were to close register the year's models: they
    // follow their units' hand-over (prisma/seed/demo-handover.ts), Đại Dực's and Hà Khẩu's still pending.
    for (const code of HANDED_OVER_MODELS) await run(code, SPRING_2025, "tinh", [null]);
    const successor = await db.unitLineage.findFirst({ where: { predecessor: { code: "06922", level: "COMMUNE" }, effectiveFrom: TWO_LEVEL_FROM } });
    const code = successor && (await db.unit.findUnique({ where: { id: successor.successorId } }))?.code;
    if (code) {
      const continued = await run(code, today(), "tinh-dv", ["accept", null], first[0] ?? "");
      // The province recognises the continued model.
      await recognise(continued[0], "tinh-dv", "PROVINCE", today());
    }
    for (const u of await db.unit.findMany({
      where: { level: "COMMUNE", validFrom: TWO_LEVEL_FROM, code: { not: code ?? "" } },
      orderBy: { code: "asc" },
      take: 3,
    }))
      await run(u.code, today(), "tinh-dv", ["return", "reject"]);
  }
  return out;
}
