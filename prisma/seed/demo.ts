// Demo data, loaded by `npm run demo` only, never by the reference seed. The demo accounts (README),
// all with the password Demo@2018 and marked isDemo (exempt from the first-sign-in password change):
// admin, tinh (overview), tinh-dv (the provincial reviewer from 1/7/2025), huyen-<district code> (a 2018
// district's reviewer, until its district closed) and chuyenvien-<district code> (its specialist),
// xa-<commune code> (the bloc head), thuky-<commune code> (its secretary), doanthe-<commune code> and
// thanhnien-<commune code> (officers of the commune's Women's Union and Youth Union) for the communes of 2018
// and the 54 units of 2025; where a code lives on, one account holds both roles, each for its unit's period. Idempotent: an existing account is left as it
// is (its password may have been changed); only roles it lacks are added.
import { seedDemoModels } from "./demo-models";
import { RECORD_KINDS } from "../../lib/privacy/retention";
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_PASSWORD } from "../../lib/auth/demo";
import { parseIsoDate } from "../../lib/time/business-date";
import { validOn } from "../../lib/units/validity";
import { UNIT_TYPE_LABEL } from "../../lib/units/labels";
import type { Role } from "../../generated/prisma/sqlite/enums";
import { seedDemoActivity } from "./demo-activity";
import { seedDemoReports } from "./demo-reports";
import { seedDemoSupervision } from "./demo-supervision";
import { PENDING_HANDOVER, seedDemoHandOver } from "./demo-handover";
import { seedDemoToday, TWO_LEVEL_FROM } from "./demo-today";
import { onBusinessDay, today } from "../../lib/time/today";
import { seedDemoInbox } from "./demo-inbox";
import { DEMO_MAIL_DOMAIN, seedDemoAddresses } from "./demo-mail";
import { produceDigests } from "../../lib/mail/digest";
import { produceReminders } from "../../lib/notifications/reminders";

export const DEMO_DATE = parseIsoDate("2018-08-13")!;

interface DemoAccount {
  username: string;
  displayName: string;
}

const DEMO_SOURCE = "Dữ liệu demo, không phải số liệu thật";

/** A little bloc activity in Hải Hà so that the district page has something to review (demo only). */
async function seedDemoBlocs(db: Db): Promise<number> {
  const hai = await db.unit.findFirst({ where: { code: "201", level: "DISTRICT", ...validOn(DEMO_DATE) } });
  if (!hai) return 0;
  const plans = [
    {
      code: "06922",
      status: "ESTABLISHED" as const,
      since: "2018-06-15",
      decision: { number: "05-QĐ/ĐU", issuedOn: "2018-06-10", issuer: "Ban Thường vụ Đảng ủy thị trấn Quảng Hà" },
    },
    { code: "06925", status: "PROPOSED" as const, since: "2018-07-20" },
    { code: "06928", status: "OPERATING_INFORMALLY" as const, since: "2018-05-02" },
  ];
  let created = 0;
  for (const plan of plans) {
    const unit = await db.unit.findFirst({ where: { code: plan.code, parentId: hai.id, ...validOn(DEMO_DATE) }, include: { bloc: true } });
    if (!unit || unit.bloc) continue;
    const since = parseIsoDate(plan.since)!;
    const decision = plan.decision
      ? await db.decision.create({
          data: {
            unitId: unit.id,
            number: plan.decision.number,
            issuedOn: parseIsoDate(plan.decision.issuedOn)!,
            issuer: plan.decision.issuer,
            family: "PARTY",
            title: "Quyết định thành lập khối (demo)",
          },
        })
      : null;
    await db.bloc.create({
      data: {
        unitId: unit.id,
        model: "DAN_VAN_BLOC",
        status: plan.status,
        statusSince: since,
        decisionId: decision?.id ?? null,
        source: DEMO_SOURCE,
        statusChanges: { create: { fromStatus: null, toStatus: plan.status, effectiveOn: since, reason: DEMO_SOURCE, decisionId: decision?.id ?? null } },
      },
    });
    created++;
  }
  return created;
}

interface DemoAssignment {
  role: Role;
  unit: { id: string; validFrom: Date; validTo: Date | null };
  organisationId?: string;
  validFrom?: Date;
}

/** How long the demo keeps citizens' data: long enough for the 2018 cycle to stay readable today. */
const DEMO_RETENTION_YEARS = 10;

export async function seedDemo(db: Db): Promise<{ created: number }> {
  const blocs = await seedDemoBlocs(db);
  const accounts = await seedDemoAccounts(db);
  // 2018's activity is written on 2018's dates; today's province on the business date.
  const created2018 = await onBusinessDay(DEMO_DATE, () => activity(db));
  const now = await seedDemoToday(db);
  if (now.blocs || now.meetings)
    console.log(
      `Tỉnh hiện nay (demo): ${now.blocs} khối được ghi nhận, ${now.meetings} cuộc họp, ${now.tasks} nhiệm vụ, ${now.reports} báo cáo, ${now.activities} hoạt động giám sát.`,
    );
  // The demo keeps citizens' data 10 years (decision 0041): the founding 2018 cycle closed more than 5 years
  // before today, and the mail runner would otherwise anonymise it on the demo's first day.
  for (const kind of RECORD_KINDS) await db.retentionPolicy.upsert({ where: { kind }, create: { kind, years: DEMO_RETENTION_YEARS }, update: {} });
  const models = await seedDemoModels(db);
  if (models.registered) console.log(`Dân vận khéo (demo): ${models.registered} mô hình đăng ký, ${models.evaluated} đã đánh giá.`);
  const handOver = await seedDemoHandOver(db);
  if (handOver.handed)
    console.log(
      `Bàn giao khi sắp xếp (demo): ${handOver.lastDays} việc của những ngày cuối, ${handOver.handed} mục đã bàn giao; ${PENDING_HANDOVER.join(", ")} còn chờ.`,
    );
  const addresses = await seedDemoAddresses(db);
  if (addresses) console.log(`Thư điện tử (demo): ${addresses} tài khoản có địa chỉ @${DEMO_MAIL_DOMAIN}.`);
  // The reminders of the business date the demo opens on, and this week's digest, as the mail runner would
  // have written them (npm run demo then sends them to its own SMTP sink).
  const reminders = await produceReminders(db, today());
  if (reminders.written) console.log(`Nhắc việc (demo): ${reminders.written} thông báo.`);
  const digests = await produceDigests(db, today(), new Date(), { force: true });
  if (digests.written) console.log(`Thư tổng hợp tuần (demo): ${digests.written} thư.`);
  const inbox = await seedDemoInbox(db);
  if (inbox.read + inbox.unread) console.log(`Thông báo (demo): ${inbox.unread} chưa đọc, ${inbox.read} đã đọc.`);
  return {
    created: accounts + blocs + created2018 + now.blocs + now.meetings + now.tasks + now.reports + now.activities + handOver.lastDays + handOver.handed,
  };
}

/**
 * The demo accounts of both worlds, alone (`npm run db:seed -- --demo-accounts`: the benchmarks sign in
 * with them on generated data). Returns the accounts and roles added.
 */
export async function seedDemoAccounts(db: Db): Promise<number> {
  const province = await db.unit.findFirst({ where: { level: "PROVINCE", code: "22", ...validOn(DEMO_DATE) } });
  if (!province) throw new Error("Reference data missing: run the reference seed first.");
  // The 2018 world (14 districts, 186 communes) and today's (54 units directly under the province).
  const units = [
    ...(await db.unit.findMany({ where: { level: { in: ["DISTRICT", "COMMUNE"] }, ...validOn(DEMO_DATE) }, orderBy: { code: "asc" } })),
    ...(await db.unit.findMany({ where: { level: "COMMUNE", parentId: province.id, validFrom: { gte: TWO_LEVEL_FROM } }, orderBy: { code: "asc" } })),
  ];
  const unionsOf = async (code: string) =>
    new Map(
      (await db.organisation.findMany({ where: { type: { code }, unitId: { in: units.map((u) => u.id) } }, select: { id: true, unitId: true } })).map((o) => [
        o.unitId,
        o.id,
      ]),
    );
  const womenUnions = await unionsOf("HOI_PHU_NU");
  const youthUnions = await unionsOf("DOAN_THANH_NIEN");

  // One account per name; where a 2018 commune's code lives on in 2025, the same account holds the 2018 role
  // until its unit closed (30/6/2025) and the 2025 one from 1/7/2025. District roles end with their district.
  const accounts = new Map<string, DemoAccount & { assignments: DemoAssignment[] }>();
  const add = (username: string, displayName: string, a: DemoAssignment) => {
    const account = accounts.get(username) ?? accounts.set(username, { username, displayName, assignments: [] }).get(username)!;
    account.displayName = displayName;
    account.assignments.push(a);
  };
  add("admin", "Quản trị hệ thống (demo)", { role: "ADMIN", unit: province });
  add("tinh", "Cán bộ theo dõi cấp tỉnh (demo)", { role: "OVERVIEW", unit: province });
  add("tinh-dv", "Cán bộ Ban Tuyên giáo và Dân vận Tỉnh ủy (demo)", { role: "REVIEWER", unit: province, validFrom: TWO_LEVEL_FROM });
  // The specialist who records the minutes of the province's own giao ban for tinh-dv to approve (decision 0035).
  add("chuyenvien-tinh", "Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy (demo)", { role: "REVIEWER", unit: province, validFrom: TWO_LEVEL_FROM });
  for (const u of units) {
    const place = `${UNIT_TYPE_LABEL[u.type]} ${u.name}`;
    if (u.level === "DISTRICT") {
      add(`huyen-${u.code}`, `Cán bộ Ban Dân vận ${place} (demo)`, { role: "REVIEWER", unit: u });
      // The district's specialist prepares its reports for the staff member who signs them (two-person sign-off).
      add(`chuyenvien-${u.code}`, `Chuyên viên Ban Dân vận ${place} (demo)`, { role: "REVIEWER", unit: u });
    } else {
      add(`xa-${u.code}`, `Trưởng khối ${place} (demo)`, { role: "BLOC_HEAD", unit: u });
      // The bloc's secretary records and submits the minutes the head approves (two-person sign-off).
      add(`thuky-${u.code}`, `Thư ký khối ${place} (demo)`, { role: "BLOC_HEAD", unit: u });
      const union = womenUnions.get(u.id);
      if (union) add(`doanthe-${u.code}`, `Cán bộ Hội Phụ nữ ${place} (demo)`, { role: "ORG_OFFICER", unit: u, organisationId: union });
      // A second member organisation's officer: the week's giao ban takes each organisation's contribution.
      const youth = youthUnions.get(u.id);
      if (youth) add(`thanhnien-${u.code}`, `Cán bộ Đoàn Thanh niên ${place} (demo)`, { role: "ORG_OFFICER", unit: u, organisationId: youth });
    }
  }

  const existing = new Map(
    (await db.user.findMany({ select: { id: true, username: true, assignments: { select: { role: true, unitId: true } } } })).map((u) => [u.username, u]),
  );
  const missing = [...accounts.values()].filter((a) => !existing.has(a.username));
  // Roles an existing demo account lacks (a database made before today's province had its accounts).
  const missingRoles = [...accounts.values()].flatMap((a) => {
    const user = existing.get(a.username);
    if (!user) return [];
    return a.assignments.filter((x) => !user.assignments.some((h) => h.role === x.role && h.unitId === x.unit.id)).map((x) => ({ userId: user.id, a: x }));
  });
  const rows = missing.map((a) => ({ ...a, id: randomUUID() }));
  const assignment = (userId: string, a: DemoAssignment) => ({
    userId,
    role: a.role,
    unitId: a.unit.id,
    organisationId: a.organisationId ?? null,
    validFrom: a.validFrom ?? a.unit.validFrom,
    validTo: a.unit.validTo,
  });
  if (rows.length || missingRoles.length) {
    // One hash for every demo account: they share the published demo password.
    const hash = rows.length ? await hashPassword(DEMO_PASSWORD) : "";
    await db.$transaction([
      db.user.createMany({ data: rows.map((a) => ({ id: a.id, username: a.username, displayName: a.displayName, isDemo: true, mustChangePassword: false })) }),
      db.passwordCredential.createMany({ data: rows.map((a) => ({ userId: a.id, hash })) }),
      db.roleAssignment.createMany({
        data: [...rows.flatMap((a) => a.assignments.map((x) => assignment(a.id, x))), ...missingRoles.map((m) => assignment(m.userId, m.a))],
      }),
    ]);
  }
  return rows.length + missingRoles.length;
}

/** Meetings and tasks for some communes of every district (after the accounts: they are written as the demo heads). */
async function activity(db: Db): Promise<number> {
  const started = Date.now();
  const report = await seedDemoActivity(db);
  if (report.meetings)
    console.log(`Hoạt động demo: ${report.communes} xã, ${report.meetings} cuộc họp, ${report.tasks} nhiệm vụ (${Date.now() - started} ms).`);
  const reports = report.meetings ? await seedDemoReports(db) : { reports: 0, late: 0, returned: 0 };
  if (reports.reports) console.log(`Báo cáo demo: ${reports.reports} báo cáo tháng, ${reports.late} gửi muộn, ${reports.returned} bị trả lại.`);
  const supervision = report.meetings ? await seedDemoSupervision(db) : { activities: 0, recommendations: 0, late: 0 };
  if (supervision.activities)
    console.log(`Giám sát demo: ${supervision.activities} hoạt động, ${supervision.recommendations} kiến nghị, ${supervision.late} được trả lời muộn.`);
  return report.meetings + report.tasks + reports.reports + supervision.activities + supervision.recommendations;
}
