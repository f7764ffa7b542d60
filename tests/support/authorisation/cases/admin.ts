// Administration: accounts and their roles at any unit, the user import, the working-day calendar, the
// deadline rules and the reporting reference. Only the administrator; the position of an account is the
// unit of its role, and reference data belongs to no unit.
import { db } from "@/lib/db";
import { approvedMeeting } from "./meetings";
import { report } from "./reports";
import * as users from "@/lib/users/definitions";
import { storeImport } from "@/lib/users/import-definitions";
import type { Case, Invoke } from "../harness";
import { CODES, OFFICER_ORG, UNIT_POSITIONS, type Position, type World } from "../world";
import { as, uuid } from "./common";
import { ctx } from "../../factories";

const ADMIN_EVERYWHERE = { ADMIN: UNIT_POSITIONS } as const;
const ADMIN_GLOBAL = { ADMIN: ["global"] } as const;

const roleAt = (at: Position) => {
  const code = at === "district" ? CODES.district : at === "province" ? CODES.province : CODES[at as "own" | "sibling" | "otherDistrict"];
  const role = at === "district" ? "REVIEWER" : at === "province" ? "OVERVIEW" : "BLOC_HEAD";
  return { role, unitCode: code, validFrom: "2018-08-13" };
};

export async function account(w: World, at: Position) {
  const username = `tk-${uuid().slice(0, 8)}`;
  await as(w.owners.admin, users.createUser, { submissionId: uuid(), username, displayName: "Người dùng thử", ...roleAt(at) });
  return db.user.findUniqueOrThrow({ where: { username }, include: { assignments: true } });
}

const onAccount = (form: (u: Awaited<ReturnType<typeof account>>) => Record<string, string>): Case => ({
  positions: UNIT_POSITIONS,
  allow: ADMIN_EVERYWHERE,
  build: async (w, at) => ({ form: form(await account(w, at)) }),
});

/** A checked user list waiting for confirmation: one valid row. */
export async function pendingImport(w: World) {
  const csv = `Tên đăng nhập,Họ và tên,Vai trò,Mã đơn vị,Tổ chức,Từ ngày\nnhap-${uuid().slice(0, 8)},Nguyễn Văn Nhập,Trưởng khối cấp xã,${CODES.own},,13/08/2018\n`;
  return storeImport(db, w.owners.admin.actor, { name: "ds.csv", bytes: new TextEncoder().encode(csv), kind: "csv" }, ctx());
}

function importUpload(): Invoke {
  const body = new FormData();
  const csv = `Tên đăng nhập,Họ và tên,Vai trò,Mã đơn vị,Tổ chức,Từ ngày\nnhap-${uuid().slice(0, 8)},Trần Thị Nhập,Trưởng khối cấp xã,${CODES.own},,13/08/2018\n`;
  body.append("file", new File([csv], "ds.csv", { type: "text/csv" }));
  return { method: "POST", url: "/api/admin/users/import", params: {}, body };
}

export const adminCases: Record<string, Case> = {
  "lib/users/actions.ts#createUserAction": {
    positions: UNIT_POSITIONS,
    allow: ADMIN_EVERYWHERE,
    build: async (_w, at) => ({ form: { submissionId: uuid(), username: `moi-${uuid().slice(0, 8)}`, displayName: "Lê Văn Mới", ...roleAt(at) } }),
  },
  "lib/users/actions.ts#updateUserAction": onAccount((u) => ({ userId: u.id, version: String(u.version), displayName: "Tên đã sửa" })),
  "lib/users/actions.ts#assignRoleAction": {
    // A second role at the position's unit for an account of the province.
    positions: UNIT_POSITIONS,
    allow: ADMIN_EVERYWHERE,
    build: async (w, at) => {
      const u = await account(w, "province");
      const commune = at === "own" || at === "sibling" || at === "otherDistrict";
      return {
        form: {
          userId: u.id,
          ...roleAt(at),
          ...(commune ? { role: "ORG_OFFICER", organisationCode: OFFICER_ORG } : at === "province" ? { role: "ADMIN" } : {}),
        },
      };
    },
  },
  "lib/users/actions.ts#endRoleAction": onAccount((u) => ({ assignmentId: u.assignments[0].id, validTo: "2018-08-13", reason: "Nghỉ hưu" })),
  "lib/users/actions.ts#disableUserAction": onAccount((u) => ({ userId: u.id, version: String(u.version), reason: "Chuyển công tác" })),
  "lib/users/actions.ts#enableUserAction": {
    positions: UNIT_POSITIONS,
    allow: ADMIN_EVERYWHERE,
    build: async (w, at) => {
      const u = await account(w, at);
      await as(w.owners.admin, users.disableUser, { userId: u.id, version: String(u.version), reason: "Tạm nghỉ" });
      return { form: { userId: u.id, version: String(u.version + 1) } };
    },
  },
  "lib/users/actions.ts#resetPasswordAction": onAccount((u) => ({ userId: u.id, version: String(u.version) })),
  "lib/users/actions.ts#confirmImportAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async (w) => ({ form: { importId: await pendingImport(w) } }),
  },
  "lib/users/actions.ts#discardImportAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async (w) => ({ form: { importId: await pendingImport(w) } }),
  },
  "app/api/admin/users/import/route.ts#POST": { positions: ["global"], allow: ADMIN_GLOBAL, build: async () => importUpload() },
  "app/api/admin/users/import/template/route.ts#GET": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    holdsNoRecord: true,
    build: async () => ({ url: "/api/admin/users/import/template", params: {} }),
  },

  // Retention of citizens' data (decision 0041): the administrator only.
  "lib/privacy/actions.ts#setRetentionAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async () => {
      const policy = await db.retentionPolicy.findUnique({ where: { kind: "meeting" } });
      return { form: { kind: "meeting", years: "6", version: String(policy?.version ?? 0) } };
    },
  },
  "lib/privacy/actions.ts#runRetentionAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    // A meeting whose minutes were approved long enough ago for its period to have ended.
    build: async (w) => {
      const m = await approvedMeeting(w, "own");
      await db.meeting.update({ where: { id: m.id }, data: { approvedAt: new Date("2012-01-02T03:00:00Z") } });
      return { form: { confirm: "on" } };
    },
  },
  // A person's request (decision 0042): the administrator only, on a report whose issue names the person.
  "lib/privacy/actions.ts#anonymiseRecordAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async (w) => ({ form: { kind: "meeting", id: (await approvedMeeting(w, "own")).id, reason: "Đơn ngày 01/12/2026 của ông An" } }),
  },
  "lib/privacy/actions.ts#correctCitizenAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async (w) => {
      const r = await report(w, "own");
      const issue = await db.reportIssue.create({
        data: { reportId: r.id, topicId: (await db.topic.findFirstOrThrow()).id, description: "Ông An phản ánh", citizenName: "Nguyễn Văn An", sortOrder: 0 },
      });
      return {
        form: {
          issueId: issue.id,
          reason: "Đơn ngày 01/12/2026 của ông An",
          citizenName: "Nguyễn Văn Ân",
          citizenPhone: "",
          citizenIdNumber: "",
          citizenAddress: "",
        },
      };
    },
  },
  "lib/calendar/actions.ts#setCalendarYearAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async () => {
      const year = await db.calendarYear.findUnique({ where: { year: 2030 } });
      return { form: { year: "2030", version: String(year?.version ?? 0), days: "01/01/2030; lễ; Tết Dương lịch", basis: "Thông báo thử" } };
    },
  },
  "lib/calendar/actions.ts#reviseDeadlineRuleAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async () => {
      const rule = await db.deadlineRule.findFirstOrThrow({ where: { code: "report.bloc.annual" }, orderBy: { version: "desc" } });
      return {
        form: {
          code: rule.code,
          version: String(rule.version),
          subject: rule.subject,
          anchor: rule.anchor,
          days: "10",
          direction: "AFTER",
          unit: "CALENDAR_DAYS",
          legalBasis: "Hướng dẫn của Ban Thường vụ",
          validFrom: "2018-01-01",
        },
      };
    },
  },
  "lib/reports/actions.ts#saveRegimeAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async () => ({
      form: {
        regimeId: "",
        version: "0",
        code: `situation.matrix_${uuid().slice(0, 6)}`,
        name: `Báo cáo thử ${uuid().slice(0, 4)}`,
        kind: "SITUATION",
        periodType: "MONTHLY",
        windowRule: "CALENDAR",
        reporterLevel: "COMMUNE",
        deadlineRuleCode: "report.situation.monthly",
        onTimeRule: "Gửi lần đầu không muộn hơn hạn",
        legalBasis: "Thử",
        startsOn: "2018-01-01",
        active: "on",
      },
    }),
  },
  "lib/reports/actions.ts#saveTopicAction": {
    positions: ["global"],
    allow: ADMIN_GLOBAL,
    build: async () => ({
      form: {
        topicId: "",
        code: `MATRIX_${uuid()
          .slice(0, 6)
          .toUpperCase()
          .replace(/[^A-Z]/g, "X")}`,
        name: `Lĩnh vực thử ${uuid().slice(0, 6)}`,
        sortOrder: "30",
        active: "on",
      },
    }),
  },
};
