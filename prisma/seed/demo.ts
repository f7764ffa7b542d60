// Demo data, loaded by `npm run demo` only, never by the reference seed. The demo accounts of DESIGN.md,
// all with the password Demo@2018 and marked isDemo (exempt from the first-sign-in password change):
// admin, tinh, huyen-<district code>, xa-<commune code>, doanthe-<commune code> (an officer of the
// commune's Women's Union). They belong to the units in force on the demo date, 13/08/2018.
// Idempotent: an existing account is left as it is (its password may have been changed).
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { parseIsoDate } from "../../lib/time/business-date";
import { validOn } from "../../lib/units/validity";
import { UNIT_TYPE_LABEL } from "../../lib/units/labels";
import type { Role } from "../../generated/prisma/sqlite/enums";
import { seedDemoActivity } from "./demo-activity";
import { seedDemoReports } from "./demo-reports";
import { seedDemoSupervision } from "./demo-supervision";

export const DEMO_PASSWORD = "Demo@2018";
export const DEMO_DATE = parseIsoDate("2018-08-13")!;

interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unit: { id: string; validFrom: Date; validTo: Date | null };
  organisationId?: string;
}

const DEMO_SOURCE = "Dữ liệu demo, không phải số liệu thật";

/** A little bloc activity in Hải Hà so that the district page has something to review (demo only). */
async function seedDemoBlocs(db: Db): Promise<number> {
  const hai = await db.unit.findFirst({ where: { code: "201", level: "DISTRICT", ...validOn(DEMO_DATE) } });
  if (!hai) return 0;
  const plans = [
    { code: "06922", status: "ESTABLISHED" as const, since: "2018-06-15", decision: { number: "05-QĐ/ĐU", issuedOn: "2018-06-10", issuer: "Ban Thường vụ Đảng ủy thị trấn Quảng Hà" } },
    { code: "06925", status: "PROPOSED" as const, since: "2018-07-20" },
    { code: "06928", status: "OPERATING_INFORMALLY" as const, since: "2018-05-02" },
  ];
  let created = 0;
  for (const plan of plans) {
    const unit = await db.unit.findFirst({ where: { code: plan.code, parentId: hai.id, ...validOn(DEMO_DATE) }, include: { bloc: true } });
    if (!unit || unit.bloc) continue;
    const since = parseIsoDate(plan.since)!;
    const decision = plan.decision
      ? await db.decision.create({ data: { unitId: unit.id, number: plan.decision.number, issuedOn: parseIsoDate(plan.decision.issuedOn)!, issuer: plan.decision.issuer, family: "PARTY", title: "Quyết định thành lập khối (demo)" } })
      : null;
    await db.bloc.create({
      data: {
        unitId: unit.id, model: "DAN_VAN_BLOC", status: plan.status, statusSince: since, decisionId: decision?.id ?? null, source: DEMO_SOURCE,
        statusChanges: { create: { fromStatus: null, toStatus: plan.status, effectiveOn: since, reason: DEMO_SOURCE, decisionId: decision?.id ?? null } },
      },
    });
    created++;
  }
  return created;
}

export async function seedDemo(db: Db): Promise<{ created: number }> {
  const blocs = await seedDemoBlocs(db);
  const units = await db.unit.findMany({ where: validOn(DEMO_DATE), orderBy: { code: "asc" } });
  const province = units.find((u) => u.level === "PROVINCE");
  if (!province) throw new Error("Reference data missing: run the reference seed first.");
  const womenUnions = new Map(
    (await db.organisation.findMany({ where: { type: { code: "HOI_PHU_NU" }, ...validOn(DEMO_DATE) }, select: { id: true, unitId: true } }))
      .map((o) => [o.unitId, o.id]),
  );

  const accounts: DemoAccount[] = [
    { username: "admin", displayName: "Quản trị hệ thống (demo)", role: "ADMIN", unit: province },
    { username: "tinh", displayName: "Cán bộ cấp tỉnh (demo)", role: "OVERVIEW", unit: province },
  ];
  for (const u of units) {
    const place = `${UNIT_TYPE_LABEL[u.type]} ${u.name}`;
    if (u.level === "DISTRICT") {
      accounts.push({ username: `huyen-${u.code}`, displayName: `Cán bộ ${place} (demo)`, role: "REVIEWER", unit: u });
    } else if (u.level === "COMMUNE") {
      accounts.push({ username: `xa-${u.code}`, displayName: `Trưởng khối ${place} (demo)`, role: "BLOC_HEAD", unit: u });
      const union = womenUnions.get(u.id);
      if (union) {
        accounts.push({ username: `doanthe-${u.code}`, displayName: `Cán bộ Hội Phụ nữ ${place} (demo)`, role: "ORG_OFFICER", unit: u, organisationId: union });
      }
    }
  }

  const existing = new Set((await db.user.findMany({ select: { username: true } })).map((u) => u.username));
  const missing = accounts.filter((a) => !existing.has(a.username));
  if (!missing.length) return { created: blocs + await activity(db) };
  // One hash for every demo account: they share the published demo password.
  const hash = await hashPassword(DEMO_PASSWORD);
  const rows = missing.map((a) => ({ ...a, id: randomUUID() }));
  await db.$transaction([
    db.user.createMany({ data: rows.map((a) => ({ id: a.id, username: a.username, displayName: a.displayName, isDemo: true, mustChangePassword: false })) }),
    db.passwordCredential.createMany({ data: rows.map((a) => ({ userId: a.id, hash })) }),
    db.roleAssignment.createMany({
      data: rows.map((a) => ({ userId: a.id, role: a.role, unitId: a.unit.id, organisationId: a.organisationId ?? null, validFrom: a.unit.validFrom, validTo: a.unit.validTo })),
    }),
  ]);
  return { created: rows.length + blocs + await activity(db) };
}

/** Meetings and tasks for some communes of every district (after the accounts: they are written as the demo heads). */
async function activity(db: Db): Promise<number> {
  const started = Date.now();
  const report = await seedDemoActivity(db);
  if (report.meetings) console.log(`Hoạt động demo: ${report.communes} xã, ${report.meetings} cuộc họp, ${report.tasks} nhiệm vụ (${Date.now() - started} ms).`);
  const reports = report.meetings ? await seedDemoReports(db) : { reports: 0, late: 0, returned: 0 };
  if (reports.reports) console.log(`Báo cáo demo: ${reports.reports} báo cáo tháng, ${reports.late} gửi muộn, ${reports.returned} bị trả lại.`);
  const supervision = report.meetings ? await seedDemoSupervision(db) : { activities: 0, recommendations: 0, late: 0 };
  if (supervision.activities) console.log(`Giám sát demo: ${supervision.activities} hoạt động, ${supervision.recommendations} kiến nghị, ${supervision.late} được trả lời muộn.`);
  return report.meetings + report.tasks + reports.reports + supervision.activities + supervision.recommendations;
}
