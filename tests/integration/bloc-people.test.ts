// A bloc's people and member organisations, kept by the commune's bloc head (or the district's staff).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { MESSAGES } from "@/lib/actions/result";
import { addPost, endPost, setMembers } from "@/lib/blocs/people-definitions";
import { parseIsoDate } from "@/lib/time/business-date";
import { validOn } from "@/lib/units/validity";
import { communeBlocRows } from "@/lib/blocs/queries";
import { ctx, makeUser } from "../support/factories";

const DAY = parseIsoDate("2018-08-13")!;
const commune = (code: string) => db.unit.findFirstOrThrow({ where: { code, level: "COMMUNE", ...validOn(DAY) } });

describe("bloc people", () => {
  it("records one person in several posts at once and refuses a second current head", async () => {
    const unit = await commune("06937");
    const head = await makeUser("BLOC_HEAD", "06937");
    const post = (over: Record<string, string>) => ({
      unitId: unit.id,
      fullName: "Nguyễn Văn Hà",
      role: "HEAD",
      title: "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ xã",
      organisationCode: "DANG_UY",
      termStart: "2018-01-02",
      partyDeputySecretary: "on",
      frontChair: "on",
      ...over,
    });
    expect((await runAction(db, addPost, post({}), head.actor, ctx())).ok).toBe(true);
    const [ha] = await db.person.findMany({ where: { unitId: unit.id } });
    expect(
      (
        await runAction(
          db,
          addPost,
          post({ personId: ha.id, fullName: "", role: "DEPUTY", organisationCode: "MTTQ", title: "Chủ tịch Ủy ban MTTQ xã" }),
          head.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    const people = await db.person.findMany({ where: { unitId: unit.id }, include: { posts: true } });
    expect(people).toHaveLength(1);
    expect(people[0].posts).toHaveLength(2);
    // A namesake is another person unless chosen from the list.
    const other = await commune("06940");
    const otherHead = await makeUser("BLOC_HEAD", "06940");
    expect(
      (await runAction(db, addPost, post({ personId: ha.id, unitId: other.id, role: "DEPUTY", organisationCode: "MTTQ" }), otherHead.actor, ctx())).fieldErrors
        ?.personId,
    ).toBeTruthy();

    const second = await runAction(db, addPost, post({ fullName: "Trần Thị Bình" }), head.actor, ctx());
    expect(second.ok).toBe(false);
    expect(second.formError).toMatch(/đang là trưởng khối/);

    const current = people[0].posts.find((p) => p.role === "HEAD")!;
    expect((await runAction(db, endPost, { postId: current.id, termEnd: "2018-08-01", reason: "Chuyển công tác" }, head.actor, ctx())).ok).toBe(true);
    expect((await runAction(db, addPost, post({ fullName: "Trần Thị Bình", termStart: "2018-08-02" }), head.actor, ctx())).ok).toBe(true);
  });

  it("checks a head against the bloc's rule: refused without a reason, recorded with one and flagged on the registry", async () => {
    // Hải Hà's dân vận blocs: the deputy secretary who also chairs MTTQ (the district's recorded exception).
    const unit = await commune("06928");
    const head = await makeUser("BLOC_HEAD", "06928");
    const post = {
      unitId: unit.id,
      fullName: "Phạm Văn Đức",
      role: "HEAD",
      title: "Phó Bí thư Đảng ủy xã",
      organisationCode: "DANG_UY",
      termStart: "2018-03-01",
      partyDeputySecretary: "on",
    };
    const refused = await runAction(db, addPost, post, head.actor, ctx());
    expect(refused.ok).toBe(false);
    expect(refused.formError).toMatch(/Phó Bí thư Đảng ủy xã đồng thời là Chủ tịch Ủy ban MTTQ xã/);
    expect(refused.fieldErrors?.ruleMismatchReason?.[0]).toMatch(/nêu lý do/);
    expect(await db.blocPost.count({ where: { bloc: { unitId: unit.id } } })).toBe(0);
    // Given a reason, it is recorded, and the registry and its export flag it.
    expect((await runAction(db, addPost, { ...post, ruleMismatchReason: "Chủ tịch MTTQ mới được bầu, chờ kiện toàn" }, head.actor, ctx())).ok).toBe(true);
    const [row] = await communeBlocRows(head.actor, { id: unit.id }, DAY);
    expect(row).toMatchObject({ head: "Phạm Văn Đức", headMismatch: { reason: "Chủ tịch MTTQ mới được bầu, chờ kiện toàn" } });
    expect(row.headMismatch?.needs).toMatch(/đồng thời là Chủ tịch/);
  });

  it("refuses a head from an organisation the commune does not have", async () => {
    const unit = await commune("06952");
    const head = await makeUser("BLOC_HEAD", "06952");
    const result = await runAction(
      db,
      addPost,
      { unitId: unit.id, fullName: "Lê Văn C", role: "HEAD", title: "Chủ tịch Hội Khuyến học", organisationCode: "HOI_KHUYEN_HOC", termStart: "2018-01-02" },
      head.actor,
      ctx(),
    );
    expect(result.fieldErrors?.organisationCode?.[0]).toMatch(/không có ở/);
    expect(await db.bloc.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("sets member organisations and records who left", async () => {
    const unit = await commune("06943");
    const head = await makeUser("BLOC_HEAD", "06943");
    const members = async () =>
      (await db.blocMember.findMany({ where: { bloc: { unitId: unit.id }, leftOn: null }, include: { organisation: { include: { type: true } } } }))
        .map((m) => m.organisation.type.code)
        .sort();
    expect(
      (
        await runAction(
          db,
          setMembers,
          { unitId: unit.id, organisationCodes: ["MTTQ", "HOI_PHU_NU", "HOI_NONG_DAN"], effectiveOn: "2018-08-01" },
          head.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    expect(await members()).toEqual(["HOI_NONG_DAN", "HOI_PHU_NU", "MTTQ"]);
    expect((await runAction(db, setMembers, { unitId: unit.id, organisationCodes: ["MTTQ"], effectiveOn: "2018-08-10" }, head.actor, ctx())).ok).toBe(true);
    expect(await members()).toEqual(["MTTQ"]);
    expect(await db.blocMember.count({ where: { bloc: { unitId: unit.id }, leftOn: { not: null } } })).toBe(2);
  });

  it("keeps another commune's head and the officer out", async () => {
    const unit = await commune("06946");
    for (const [role, code, org] of [
      ["BLOC_HEAD", "06949", undefined],
      ["ORG_OFFICER", "06946", "HOI_PHU_NU"],
      ["OVERVIEW", "22", undefined],
    ] as const) {
      const other = await makeUser(role, code, { organisationCode: org });
      const result = await runAction(db, setMembers, { unitId: unit.id, organisationCodes: ["MTTQ"], effectiveOn: "2018-08-01" }, other.actor, ctx());
      expect(result).toMatchObject({ ok: false, formError: MESSAGES.notFound });
    }
    expect(await db.bloc.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("records the district bloc agency's head, which only that district's staff may do", async () => {
    const district = await db.unit.findFirstOrThrow({ where: { code: "195", level: "DISTRICT", ...validOn(DAY) } });
    const staff = await makeUser("REVIEWER", "195");
    const input = { unitId: district.id, fullName: "Phạm Văn Đức", role: "HEAD", title: "Trưởng Ban Dân vận Huyện ủy", termStart: "2018-01-02" };
    // A commune head below it and another district's staff cannot see it.
    const communeHead = await makeUser("BLOC_HEAD", "06937");
    const otherStaff = await makeUser("REVIEWER", "193");
    for (const outsider of [communeHead, otherStaff]) expect((await runAction(db, addPost, input, outsider.actor, ctx())).formError).toBe(MESSAGES.notFound);
    const result = await runAction(db, addPost, input, staff.actor, ctx());
    expect(result).toMatchObject({ ok: true, message: "Đã ghi nhận Phạm Văn Đức là trưởng Cơ quan khối." });
    const bloc = await db.bloc.findUniqueOrThrow({ where: { unitId: district.id }, include: { posts: { include: { person: true } } } });
    expect(bloc.model).toBe("DISTRICT_BLOC_AGENCY");
    expect(bloc.posts.map((p) => [p.person.fullName, p.title, p.organisationId])).toEqual([["Phạm Văn Đức", "Trưởng Ban Dân vận Huyện ủy", null]]);
    // A commune bloc still needs its head's organisation.
    const unit = await commune("06955");
    const head = await makeUser("BLOC_HEAD", "06955");
    const missing = await runAction(db, addPost, { ...input, unitId: unit.id }, head.actor, ctx());
    expect(missing.fieldErrors?.organisationCode?.[0]).toBe("Hãy chọn tổ chức nơi người này công tác.");
  });
});
