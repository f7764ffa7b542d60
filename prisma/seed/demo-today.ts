// Demo of today's province (npm run demo only): the two-level government from 1/7/2025, generated relative
// to the business date so that it looks alive on any day. The provincial reviewer (tinh-dv) records the
// blocs of most of the 54 units (a few stay "not recorded"): the model their former district chose (the
// district of the predecessor whose code the unit kept), established by a decision or operating without
// one, the head following that model's rule, the member organisations. Each working bloc's head then logs
// weekly meetings from its start to last week (with gaps, tasks on time and late), files monthly and
// quarterly reports in every review state, and a few communes run a supervision year. All through the
// portal's own actions, marked as demo. Deterministic; skipped for what is already there.
import type { Db } from "../../lib/db";
import type { BlocModel, HeadRule } from "../../generated/prisma/sqlite/enums";
import { runAction } from "../../lib/actions/run-action";
import { addPost, setMembers } from "../../lib/blocs/people-definitions";
import { setBloc } from "../../lib/blocs/definitions";
import { MODEL_HEAD_RULE } from "../../lib/blocs/head-rule";
import { addDays, parseIsoDate, toIsoDate } from "../../lib/time/business-date";
import { today } from "../../lib/time/today";
import { periodsClosedIn } from "../../lib/reports/rules";
import { windowOf } from "../../lib/time/windows";
import { validOn } from "../../lib/units/validity";
import { formerDistrictsOf } from "../../lib/units/former-districts";
import { actorFor, demoHeadPost, random } from "./demo-support";
import { DEMO_NAMES, seedBlocMeetings } from "./demo-meetings";
import { seedReportsOf } from "./demo-reports";
import { seedSupervisionOf } from "./demo-supervision";
import { setRegisterStart } from "../../lib/registers/definitions";
import { minutesIssuer } from "../../lib/meetings/numbering";
import { seedAgencyDemo } from "./demo-agency";

export const TWO_LEVEL_FROM = parseIsoDate("2025-07-01")!;
const DEMO = "(demo)";

export async function seedDemoToday(db: Db): Promise<{ blocs: number; meetings: number; tasks: number; reports: number; activities: number }> {
  const out = { blocs: 0, meetings: 0, tasks: 0, reports: 0, activities: 0 };
  const day = today();
  if (day < addDays(TWO_LEVEL_FROM, 14)) return out;
  const province = await db.unit.findFirst({ where: { code: "22", level: "PROVINCE", ...validOn(day) } });
  const reviewer = await actorFor(db, "tinh-dv", day);
  if (!province || !reviewer) return out;
  const units = await db.unit.findMany({
    where: { parentId: province.id, level: "COMMUNE", ...validOn(day), validFrom: { gte: TWO_LEVEL_FROM } },
    orderBy: { code: "asc" },
    include: { bloc: true },
  });
  const formers = await formerDistrictsOf(
    db,
    units.map((u) => u.id),
  );
  const policies = new Map((await db.districtBlocPolicy.findMany()).map((p) => [p.unitId, p]));
  const ctx = { requestId: "demo-seed", address: "127.0.0.1" };
  const topics = new Map((await db.topic.findMany()).map((t) => [t.code, t.id]));
  const regimes = await db.reportingRegime.findMany({ where: { code: { in: ["situation.monthly", "situation.quarterly"] } } });
  for (const [i, unit] of units.entries()) {
    const rnd = random(Number(unit.code) * 31 + 7);
    const district = formers.get(unit.id);
    const policy = district ? policies.get(district.id) : undefined;
    // A few units have not recorded their bloc yet: "not recorded", never a default.
    if (i % 11 === 5 || !district || !policy) continue;
    const model: BlocModel = policy.communeModel;
    const rule: HeadRule = policy.headRule;
    const since = addDays(TWO_LEVEL_FROM, 7 * (1 + Math.floor(rnd() * 8)));
    if (since >= day) continue;
    const status = i % 7 === 2 ? "PROPOSED" : i % 4 === 1 ? "OPERATING_INFORMALLY" : "ESTABLISHED";
    const orgs = await db.organisation.findMany({
      where: { unitId: unit.id, ...validOn(since) },
      include: { type: true },
      orderBy: { type: { sortOrder: "asc" } },
    });
    const members = orgs.filter((o) => o.type.blocMember);
    if (!unit.bloc) {
      const party = model === "DAN_VAN_BLOC";
      const decisionDate = addDays(since, -5);
      const set = await runAction(
        db,
        setBloc,
        {
          unitId: unit.id,
          version: "0",
          model,
          status,
          effectiveOn: toIsoDate(since),
          reason: `Kiện toàn khối sau sắp xếp đơn vị hành chính, theo mô hình huyện ${district.name} đã chọn ${DEMO}`,
          ...(rule !== MODEL_HEAD_RULE[model] ? { headRule: rule, headRuleReason: `Giữ như huyện ${district.name} trước 01/07/2025 ${DEMO}` } : {}),
          ...(status === "ESTABLISHED"
            ? {
                decisionFamily: party ? "PARTY" : "FRONT",
                decisionNumber: party ? `${10 + i}-QĐ/ĐU` : `${10 + i}/QĐ-MTTQ`,
                decisionDate: toIsoDate(decisionDate),
                decisionIssuer: party ? `Ban Thường vụ Đảng ủy ${unit.name}` : `Ban Thường trực Ủy ban MTTQ ${unit.name}`,
              }
            : {}),
        },
        reviewer.actor,
        ctx,
      );
      if (!set.ok) throw new Error(`Demo bloc ${unit.code}: ${set.formError ?? JSON.stringify(set.fieldErrors)}`);
      await runAction(
        db,
        setMembers,
        { unitId: unit.id, organisationCodes: members.map((o) => o.type.code), effectiveOn: toIsoDate(since) },
        reviewer.actor,
        ctx,
      );
      const post = demoHeadPost(rule);
      const name = DEMO_NAMES[Math.floor(rnd() * DEMO_NAMES.length)];
      const added = await runAction(
        db,
        addPost,
        {
          unitId: unit.id,
          fullName: name,
          role: "HEAD",
          title: post.title,
          organisationCode: post.organisationCode,
          termStart: toIsoDate(since),
          ...(post.partyDeputySecretary ? { partyDeputySecretary: "on" } : {}),
          ...(post.frontChair ? { frontChair: "on" } : {}),
        },
        reviewer.actor,
        ctx,
      );
      if (!added.ok) throw new Error(`Demo head ${unit.code}: ${added.formError ?? JSON.stringify(added.fieldErrors)}`);
      out.blocs++;
    }
    if (status === "PROPOSED") continue;
    const bloc = await db.bloc.findUniqueOrThrow({ where: { unitId: unit.id } });
    if (await db.meeting.count({ where: { blocId: bloc.id } })) continue;
    const head = await actorFor(db, `xa-${unit.code}`, day);
    if (!head) continue;
    const clerk = await actorFor(db, `thuky-${unit.code}`, day);
    const headPost = await db.blocPost.findFirstOrThrow({ where: { blocId: bloc.id, role: "HEAD", termEnd: null }, include: { person: true } });
    const secretaryName = DEMO_NAMES[(DEMO_NAMES.indexOf(headPost.person.fullName) + 5) % DEMO_NAMES.length];
    const blocMembers = await db.blocMember.findMany({ where: { blocId: bloc.id, leftOn: null }, select: { organisationId: true } });
    // The first unit adopted the portal with 30 minutes already in its paper register that year.
    if (i === 0) {
      const start = await runAction(
        db,
        setRegisterStart,
        { unitId: unit.id, bodyKind: minutesIssuer(model).bodyKind, kind: "MINUTES", year: String(since.getUTCFullYear()), startNumber: "31" },
        head.actor,
        ctx,
      );
      if (!start.ok) throw new Error(`Demo register ${unit.code}: ${start.formError ?? JSON.stringify(start.fieldErrors)}`);
    }
    const done = await seedBlocMeetings(db, {
      unitId: unit.id,
      blocId: bloc.id,
      members: blocMembers.map((m) => ({ id: m.organisationId })),
      headId: headPost.personId,
      secretaryName,
      from: since,
      until: day,
      actor: head.actor,
      secretary: clerk?.actor,
      rnd,
      gapRate: i % 9 === 4 ? 0.45 : 0.12,
    });
    out.meetings += done.meetings;
    out.tasks += done.tasks;
    // Monthly and quarterly reports of the periods whose data window has closed, to the province.
    // Period by period in the order their data windows close, monthly and quarterly together, so that the
    // body's register numbers them in the order they were sent.
    const periods = regimes
      .flatMap((regime) => {
        const closed = periodsClosedIn(regime, since, day, day);
        return closed.map((p) => ({ regime, key: p.key, closes: windowOf(p, regime).to, latest: p === closed.at(-1) }));
      })
      .sort((a, b) => a.closes.getTime() - b.closes.getTime() || a.regime.code.localeCompare(b.regime.code));
    for (const p of periods) {
      const reports = await seedReportsOf(db, {
        unitId: unit.id,
        head: head.actor,
        preparer: (clerk ?? head).actor,
        reviewer: reviewer.actor,
        regimeCode: p.regime.code,
        periods: [p.key],
        latest: p.latest,
        topics,
        rnd,
      });
      out.reports += reports.reports;
    }
    // A supervision year in every fourth working commune, its delegation three to five months ago.
    if (i % 4 === 0) {
      const start = addDays(day, -7 * (13 + Math.floor(rnd() * 8)));
      if (start > addDays(since, 30)) {
        const year = start.getUTCFullYear();
        const january = parseIsoDate(`${year}-01-20`)!;
        const done = await seedSupervisionOf(db, {
          unit,
          head: head.actor,
          preparer: (clerk ?? head).actor,
          index: i,
          rnd,
          year,
          approvalDate: january > since ? january : since,
          start,
          today: day,
          criticismReceived: addDays(start, 21),
        });
        out.activities += done.activities;
      }
    }
    await db.session.updateMany({ where: { id: { in: [head.sessionId, clerk?.sessionId ?? ""] } }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
  }
  await db.session.update({ where: { id: reviewer.sessionId }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
  // The province's own giao ban, after the communes' (its tasks to them join their lists).
  const agency = await seedAgencyDemo(db, province, TWO_LEVEL_FROM, day);
  out.meetings += agency.meetings;
  out.tasks += agency.tasks;
  return out;
}
