// Demo activity (npm run demo only): in every district a few communes' blocs are marked operating (demo
// records, never reference data) and get plausible weekly meetings and tasks from spring 2018 to the
// week before the demo date, so that the district and province pages have activity to show. Meetings go
// through the portal's own actions (week rule, carry-over, numbering, rollups, audit) as each commune's
// demo head; task progress is dated when it happened. Run with the business day pinned to the demo date of
// 2018 (prisma/seed/demo.ts). Deterministic, and skipped when already present. One commune stops meeting a
// month before the demo date (LAPSED).
import type { Db } from "../../lib/db";
import { fold } from "../../lib/text/fold";
import { addDays, parseIsoDate } from "../../lib/time/business-date";
import { validOn } from "../../lib/units/validity";
import { actorFor, demoHeadPost, random } from "./demo-support";
import { MODEL_HEAD_RULE } from "../../lib/blocs/head-rule";
import { DEMO_NAMES, seedBlocMeetings } from "./demo-meetings";

const SOURCE = "Dữ liệu demo, không phải số liệu thật";
const DEMO_DATE = parseIsoDate("2018-08-13")!;
const START = parseIsoDate("2018-04-02")!;
const PER_DISTRICT = 3;
/**
 * A commune whose bloc stopped meeting 4 weeks before the demo date (its head away): its figures drop for 4
 * weeks, and the district's and province's tables mark it (decision 0037).
 */
const LAPSED = "07000";

export async function seedDemoActivity(db: Db): Promise<{ communes: number; meetings: number; tasks: number }> {
  const report = { communes: 0, meetings: 0, tasks: 0 };
  const districts = await db.unit.findMany({ where: { level: "DISTRICT", ...validOn(DEMO_DATE) }, orderBy: { code: "asc" }, include: { blocPolicy: true } });
  for (const district of districts) {
    const communes = await db.unit.findMany({
      where: { parentId: district.id, level: "COMMUNE", ...validOn(DEMO_DATE) },
      orderBy: { code: "asc" },
      include: { bloc: true },
    });
    // Blocs that already have meetings, by bloc id (a relation `_count` groups the whole meeting table: lib/child-counts.ts).
    const blocIds = communes.flatMap((c) => (c.bloc ? [c.bloc.id] : []));
    const met = new Set(
      blocIds.length ? (await db.meeting.groupBy({ by: ["blocId"], where: { blocId: { in: blocIds } }, _count: { _all: true } })).map((r) => r.blocId) : [],
    );
    // Communes whose bloc works (the demo blocs of Hải Hà) and the first ones without a bloc.
    const chosen = [
      ...communes.filter((c) => c.bloc && ["OPERATING_INFORMALLY", "ESTABLISHED"].includes(c.bloc.status)),
      ...communes.filter((c) => !c.bloc).slice(0, PER_DISTRICT),
    ].slice(0, PER_DISTRICT);
    for (const commune of chosen) {
      if (commune.bloc && met.has(commune.bloc.id)) continue;
      const rnd = random(Number(commune.code));
      const orgs = await db.organisation.findMany({
        where: { unitId: commune.id, ...validOn(DEMO_DATE) },
        include: { type: true },
        orderBy: { type: { sortOrder: "asc" } },
      });
      const members = orgs.filter((o) => o.type.blocMember);
      const since = commune.bloc?.statusSince ?? START;
      const bloc =
        commune.bloc ??
        (await db.bloc.create({
          data: {
            unitId: commune.id,
            model: district.blocPolicy?.communeModel ?? "DAN_VAN_BLOC",
            status: "OPERATING_INFORMALLY",
            statusSince: START,
            source: SOURCE,
            statusChanges: { create: { toStatus: "OPERATING_INFORMALLY", effectiveOn: START, reason: SOURCE } },
          },
        }));
      if (!(await db.blocMember.count({ where: { blocId: bloc.id } }))) {
        await db.blocMember.createMany({ data: members.map((o) => ({ blocId: bloc.id, organisationId: o.id, joinedOn: since })) });
      }
      let headId = (await db.blocPost.findFirst({ where: { blocId: bloc.id, role: "HEAD", termEnd: null } }))?.personId;
      if (!headId) {
        const name = DEMO_NAMES[Math.floor(rnd() * DEMO_NAMES.length)];
        const head = await db.person.create({ data: { unitId: commune.id, fullName: name, searchText: fold(name) } });
        // The head meets the district's rule for its model (Hải Hà: the deputy secretary who also chairs MTTQ).
        const post = demoHeadPost(district.blocPolicy?.headRule ?? MODEL_HEAD_RULE[bloc.model]!);
        const org = orgs.find((o) => o.type.code === post.organisationCode) ?? members[0];
        await db.blocPost.create({
          data: {
            blocId: bloc.id,
            personId: head.id,
            role: "HEAD",
            title: post.title,
            organisationId: org.id,
            termStart: since,
            partyDeputySecretary: post.partyDeputySecretary,
            frontChair: post.frontChair,
          },
        });
        headId = head.id;
      }
      const secretaryName = DEMO_NAMES[(DEMO_NAMES.indexOf((await db.person.findUniqueOrThrow({ where: { id: headId } })).fullName) + 5) % DEMO_NAMES.length];
      const who = await actorFor(db, `xa-${commune.code}`, DEMO_DATE);
      if (!who) continue;
      const clerk = await actorFor(db, `thuky-${commune.code}`, DEMO_DATE);
      report.communes++;
      const done = await seedBlocMeetings(db, {
        unitId: commune.id,
        blocId: bloc.id,
        members,
        headId,
        secretaryName,
        from: since < START ? START : since,
        until: commune.code === LAPSED ? addDays(DEMO_DATE, -28) : DEMO_DATE,
        actor: who.actor,
        secretary: clerk?.actor,
        rnd,
      });
      report.meetings += done.meetings;
      report.tasks += done.tasks;
      await db.session.updateMany({ where: { id: { in: [who.sessionId, clerk?.sessionId ?? ""] } }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
    }
  }
  return report;
}
