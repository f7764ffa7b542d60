// Demo of the province's own bloc body (decision 0035): tinh-dv records it as operating from 1/7/2025 with
// its head, and it holds its giao ban over the last twelve weeks (some weeks without one), its specialist
// (chuyenvien-tinh) recording the minutes for tinh-dv to approve. Its tasks go to its member bodies and to
// the communes below it, whose lists then show them. All through the portal's own actions, marked as demo.
import type { Db } from "../../lib/db";
import { runAction } from "../../lib/actions/run-action";
import { addPost } from "../../lib/blocs/people-definitions";
import { setBloc } from "../../lib/blocs/definitions";
import { communeOwners } from "../../lib/meetings/agency";
import { addDays, toIsoDate } from "../../lib/time/business-date";
import { validOn } from "../../lib/units/validity";
import { actorFor, random } from "./demo-support";
import { DEMO_NAMES, seedBlocMeetings } from "./demo-meetings";

export async function seedAgencyDemo(db: Db, province: { id: string; name: string }, from: Date, day: Date) {
  const out = { meetings: 0, tasks: 0 };
  const reviewer = await actorFor(db, "tinh-dv", day);
  const secretary = await actorFor(db, "chuyenvien-tinh", day);
  if (!reviewer || !secretary) return out;
  const ctx = { requestId: "demo-seed", address: "127.0.0.1" };
  if (!(await db.bloc.findUnique({ where: { unitId: province.id } }))) {
    const set = await runAction(
      db,
      setBloc,
      {
        unitId: province.id,
        version: "0",
        model: "PROVINCE_BLOC_AGENCY",
        status: "OPERATING_INFORMALLY",
        effectiveOn: toIsoDate(from),
        reason: "Giao ban khối cấp tỉnh sau khi kết thúc hoạt động cấp huyện (demo)",
      },
      reviewer.actor,
      ctx,
    );
    if (!set.ok) throw new Error(`Demo province bloc: ${set.formError ?? JSON.stringify(set.fieldErrors)}`);
  }
  if (!(await db.blocPost.count({ where: { bloc: { unitId: province.id }, role: "HEAD" } }))) {
    const head = await runAction(
      db,
      addPost,
      { unitId: province.id, fullName: DEMO_NAMES[3], role: "HEAD", title: "Trưởng cơ quan khối cấp tỉnh (demo)", termStart: toIsoDate(from) },
      reviewer.actor,
      ctx,
    );
    if (!head.ok) throw new Error(`Demo province bloc head: ${head.formError ?? JSON.stringify(head.fieldErrors)}`);
  }
  const bloc = await db.bloc.findUniqueOrThrow({ where: { unitId: province.id } });
  if (await db.meeting.count({ where: { blocId: bloc.id } })) return out;
  const headPost = await db.blocPost.findFirstOrThrow({ where: { blocId: bloc.id, role: "HEAD", termEnd: null } });
  const since = addDays(day, -7 * 12);
  const members = await db.organisation.findMany({ where: { unitId: province.id, ...validOn(since) }, select: { id: true } });
  const communes = (await communeOwners(db, province.id, since)).filter((c) => c.blocId).map((c) => ({ id: c.organisationId }));
  const done = await seedBlocMeetings(db, {
    unitId: province.id,
    blocId: bloc.id,
    members,
    owners: [...members, ...communes],
    headId: headPost.personId,
    secretaryName: DEMO_NAMES[11],
    from: since,
    until: day,
    actor: reviewer.actor,
    secretary: secretary.actor,
    rnd: random(2207),
    gapRate: 0.25,
    place: `Phòng họp Ban Tuyên giáo và Dân vận Tỉnh ủy ${province.name}`,
  });
  await db.session.updateMany({ where: { id: { in: [reviewer.sessionId, secretary.sessionId] } }, data: { revokedAt: new Date(), revokedWhy: "SIGN_OUT" } });
  return done;
}
