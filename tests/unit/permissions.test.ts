// The role × scope matrix of can(): every role against targets in its own unit, a sibling, another
// district, the district above and the province, for every action. Unknown means deny.
import { describe, expect, it } from "vitest";
import { ACTIONS, can, PERMISSIONS, type Action, type ActorAssignment } from "@/lib/auth/permissions";
import { EVERYTHING, unitScope, NOTHING } from "@/lib/auth/scope";
import { homeOf, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/generated/prisma/sqlite/enums";

const PROVINCE = "/p/";
const DISTRICT = "/p/d1/";
const OTHER_DISTRICT = "/p/d2/";
const COMMUNE = "/p/d1/c1/";
const SIBLING = "/p/d1/c2/";
const FAR_COMMUNE = "/p/d2/c9/";

const home: Record<Role, string> = {
  OVERVIEW: PROVINCE,
  REVIEWER: DISTRICT,
  BLOC_HEAD: COMMUNE,
  ORG_OFFICER: COMMUNE,
  ADMIN: PROVINCE,
};
const actorOf = (role: Role, organisationId: string | null = role === "ORG_OFFICER" ? "org-women" : null) => ({
  assignments: [{ role, unitPath: home[role], organisationId } satisfies ActorAssignment],
});

const targets = {
  own: { unitPath: COMMUNE },
  sibling: { unitPath: SIBLING },
  otherDistrict: { unitPath: FAR_COMMUNE },
  district: { unitPath: DISTRICT },
  otherDistrictUnit: { unitPath: OTHER_DISTRICT },
  province: { unitPath: PROVINCE },
};

// Expected reach of unit.read: a subtree role reads its own unit and below, nothing above or beside.
const expectedUnitRead: Record<Role, Record<keyof typeof targets, boolean>> = {
  OVERVIEW: { own: true, sibling: true, otherDistrict: true, district: true, otherDistrictUnit: true, province: true },
  REVIEWER: { own: true, sibling: true, otherDistrict: false, district: true, otherDistrictUnit: false, province: false },
  BLOC_HEAD: { own: true, sibling: false, otherDistrict: false, district: false, otherDistrictUnit: false, province: false },
  ORG_OFFICER: { own: true, sibling: false, otherDistrict: false, district: false, otherDistrictUnit: false, province: false },
  ADMIN: { own: true, sibling: true, otherDistrict: true, district: true, otherDistrictUnit: true, province: true },
};

describe("can(): unit.read by role and target position", () => {
  for (const role of ROLES) {
    for (const [position, target] of Object.entries(targets)) {
      const expected = expectedUnitRead[role][position as keyof typeof targets];
      it(`${role} ${expected ? "reads" : "does not read"} ${position}`, () => {
        expect(can(actorOf(role), "unit.read", target)).toBe(expected);
      });
    }
  }
});

describe("can(): user administration", () => {
  for (const role of ROLES) {
    for (const action of ["user.read", "user.manage"] as const) {
      it(`${role} ${role === "ADMIN" ? "may" : "may not"} ${action}`, () => {
        expect(can(actorOf(role), action, targets.own)).toBe(role === "ADMIN");
      });
    }
  }
});

describe("can(): deny by default", () => {
  it("denies no actor, an actor without assignments, and an action a role does not list", () => {
    for (const action of ACTIONS) {
      expect(can(null, action, targets.own)).toBe(false);
      expect(can({ assignments: [] }, action, targets.own)).toBe(false);
    }
    expect(can(actorOf("BLOC_HEAD"), "unknown.action" as Action, targets.own)).toBe(false);
  });

  it("denies a subtree action without a target", () => {
    expect(can(actorOf("OVERVIEW"), "unit.read")).toBe(false);
  });

  it("does not mistake a path prefix for a parent (/p/d1/ is not above /p/d10/)", () => {
    expect(can(actorOf("REVIEWER"), "unit.read", { unitPath: "/p/d10/c1/" })).toBe(false);
  });

  it("grants through any one of several assignments", () => {
    const twoHats = { assignments: [...actorOf("BLOC_HEAD").assignments, { role: "BLOC_HEAD" as const, unitPath: SIBLING, organisationId: null }] };
    expect(can(twoHats, "unit.read", targets.sibling)).toBe(true);
    expect(can(twoHats, "unit.read", targets.otherDistrict)).toBe(false);
  });

  it("has a row for every role (adding a role fails to compile until it has one)", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });
});

describe("scope where-clause", () => {
  it("is a path prefix per assignment, everything for a global reach, nothing otherwise", () => {
    expect(unitScope(actorOf("REVIEWER"), "unit.read")).toEqual({ OR: [{ path: { startsWith: DISTRICT } }] });
    expect(unitScope(actorOf("ADMIN"), "unit.read")).toEqual(EVERYTHING);
    expect(unitScope(actorOf("BLOC_HEAD"), "user.read")).toEqual(NOTHING);
    expect(unitScope(null, "unit.read")).toEqual(NOTHING);
  });
});

describe("homes", () => {
  it("sends each role to its home", () => {
    expect(homeOf({ role: "OVERVIEW", unitCode: "22", unitLevel: "PROVINCE" })).toBe("/province");
    expect(homeOf({ role: "REVIEWER", unitCode: "201", unitLevel: "DISTRICT" })).toBe("/districts/201");
    expect(homeOf({ role: "REVIEWER", unitCode: "22", unitLevel: "PROVINCE" })).toBe("/province");
    expect(homeOf({ role: "BLOC_HEAD", unitCode: "06922", unitLevel: "COMMUNE" })).toBe("/communes/06922");
    expect(homeOf({ role: "ORG_OFFICER", unitCode: "06922", unitLevel: "COMMUNE" })).toBe("/communes/06922");
    expect(homeOf({ role: "ADMIN", unitCode: "22", unitLevel: "PROVINCE" })).toBe("/admin");
    expect(homeOf(undefined)).toBe("/account");
  });

  it("opens an ended role's unit on its last day", () => {
    expect(homeOf({ role: "REVIEWER", unitCode: "201", unitLevel: "DISTRICT", current: false, validTo: new Date("2025-06-30T00:00:00Z") })).toBe(
      "/districts/201?asOf=2025-06-30",
    );
  });
});

// The two-level government (from 1/7/2025): communes directly under the province, the reviewer bound to it.
describe("can(): a reviewer bound to the province, a commune directly under it", () => {
  const DIRECT = "/p/c25/";
  const reviewer = { assignments: [{ role: "REVIEWER" as const, unitPath: PROVINCE, organisationId: null }] };
  const head = { assignments: [{ role: "BLOC_HEAD" as const, unitPath: DIRECT, organisationId: null }] };
  it("reaches the communes below the province at any depth, and reviews what is sent to the province", () => {
    for (const action of ["unit.read", "bloc.manage", "bloc.people", "supervision.follow"] as const) {
      expect(can(reviewer, action, { unitPath: DIRECT })).toBe(true);
      expect(can(reviewer, action, { unitPath: FAR_COMMUNE })).toBe(true);
      expect(can(reviewer, action, { unitPath: "/q/c1/" })).toBe(false);
    }
    expect(can(reviewer, "report.review", { unitPath: PROVINCE })).toBe(true);
    expect(can(reviewer, "report.review", { unitPath: DIRECT })).toBe(false);
    expect(can(reviewer, "meeting.manage", { unitPath: DIRECT })).toBe(false);
  });
  it("lets the head of a commune directly under the province do its commune's work and nothing above it", () => {
    for (const action of ["meeting.manage", "task.manage", "report.write", "supervision.manage"] as const) {
      expect(can(head, action, { unitPath: DIRECT })).toBe(true);
      expect(can(head, action, { unitPath: PROVINCE })).toBe(false);
      expect(can(head, action, { unitPath: "/p/c26/" })).toBe(false);
    }
  });
});

describe("can(): handing a closed unit's work over after a reorganisation", () => {
  it("belongs to the reviewer in their subtree (a 2018 commune below the province and today's communes) and to the administrator", () => {
    const reviewer = { assignments: [{ role: "REVIEWER" as const, unitPath: PROVINCE, organisationId: null }] };
    expect(can(reviewer, "handover.apply", { unitPath: FAR_COMMUNE })).toBe(true);
    expect(can(reviewer, "handover.apply", { unitPath: "/p/c25/" })).toBe(true);
    expect(can(reviewer, "handover.apply", { unitPath: "/q/c1/" })).toBe(false);
    expect(can(actorOf("REVIEWER"), "handover.apply", { unitPath: FAR_COMMUNE })).toBe(false);
    expect(can(actorOf("ADMIN"), "handover.apply", { unitPath: "/q/c1/" })).toBe(true);
    for (const role of ["OVERVIEW", "BLOC_HEAD", "ORG_OFFICER"] as const) expect(can(actorOf(role), "handover.apply", targets.own)).toBe(false);
  });
});

describe("can(): an ended assignment keeps only the reading of its unit's history and of its own inbox", () => {
  const ended = { assignments: [], history: [{ role: "REVIEWER" as const, unitPath: DISTRICT, organisationId: null }] };
  it("reads, and does nothing else", () => {
    expect(can(ended, "unit.read", targets.own)).toBe(true);
    expect(can(ended, "notification.read")).toBe(true);
    for (const action of ACTIONS.filter((a) => a !== "unit.read" && a !== "notification.read")) expect(can(ended, action, targets.own)).toBe(false);
    expect(unitScope(ended, "unit.read")).toEqual({ OR: [{ path: { startsWith: DISTRICT } }] });
    expect(unitScope(ended, "bloc.manage")).toEqual(NOTHING);
  });
});

describe("can(): meetings and tasks", () => {
  it("lets only the commune's bloc head manage its meetings and tasks", () => {
    for (const role of ROLES) {
      for (const action of ["meeting.manage", "task.manage"] as const) {
        expect(can(actorOf(role), action, targets.own)).toBe(role === "BLOC_HEAD");
        expect(can(actorOf(role), action, targets.sibling)).toBe(false);
      }
    }
  });

  it("lets an officer report progress only on its own organisation's tasks in its own commune", () => {
    const officer = actorOf("ORG_OFFICER");
    expect(can(officer, "task.progress", { unitPath: COMMUNE, organisationId: "org-women" })).toBe(true);
    expect(can(officer, "task.progress", { unitPath: COMMUNE, organisationId: "org-farmers" })).toBe(false);
    expect(can(officer, "task.progress", { unitPath: SIBLING, organisationId: "org-women" })).toBe(false);
    expect(can(actorOf("ORG_OFFICER", null), "task.progress", { unitPath: COMMUNE, organisationId: null })).toBe(false);
    expect(can(actorOf("BLOC_HEAD"), "task.progress", { unitPath: COMMUNE, organisationId: "org-farmers" })).toBe(true);
    expect(can(actorOf("REVIEWER"), "task.progress", { unitPath: COMMUNE, organisationId: "org-women" })).toBe(false);
  });
});

describe("can(): reports", () => {
  it("writes only its own unit's reports and reviews only what is sent to its own unit", () => {
    expect(can(actorOf("BLOC_HEAD"), "report.write", targets.own)).toBe(true);
    expect(can(actorOf("REVIEWER"), "report.write", targets.own)).toBe(false);
    expect(can(actorOf("REVIEWER"), "report.write", targets.district)).toBe(true);
    expect(can(actorOf("REVIEWER"), "report.review", targets.district)).toBe(true);
    expect(can(actorOf("REVIEWER"), "report.review", targets.otherDistrictUnit)).toBe(false);
    expect(can(actorOf("OVERVIEW"), "report.review", targets.district)).toBe(false);
    expect(can(actorOf("OVERVIEW"), "report.review", targets.province)).toBe(false);
    expect(can(actorOf("ORG_OFFICER"), "report.write", targets.own)).toBe(false);
    expect(unitScope(actorOf("REVIEWER"), "report.review")).toEqual({ OR: [{ path: DISTRICT }] });
  });
});
