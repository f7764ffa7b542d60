// A member organisation's officer writes the organisation's contribution to the week's giao ban, through
// the one action path (runAction): for this week or next, while the bloc operates and the week's minutes
// are not yet approved; one contribution per organisation and week, edited at its version.
import { updateAtVersion } from "../actions/versioned";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import { lostRace } from "../actions/transaction";
import type { Db } from "../db";
import { unitScope } from "../auth/scope";
import { OPERATING } from "../meetings/rules";
import { statusOn, type StatusChangeLike } from "../blocs/status-on";
import { formatDate } from "../time/business-date";
import { formatIsoWeek, isoWeekOf } from "../time/iso-week";
import { today } from "../time/today";
import { contributionWeeks } from "./rules";
import { saveContributionSchema } from "./schema";

type ContributionLoaded = Loaded & {
  org: {
    id: string;
    name: string;
    unitId: string;
    unit: { code: string; path: string; bloc: { id: string; statusChanges: StatusChangeLike[]; members: { organisationId: string }[] } | null };
  };
};

async function loadOrganisation(db: Db, organisationId: string, scope: ReturnType<typeof unitScope>): Promise<ContributionLoaded | null> {
  const org = await db.organisation.findFirst({
    where: { id: organisationId, unit: scope },
    select: {
      id: true,
      name: true,
      unitId: true,
      unit: {
        select: {
          code: true,
          path: true,
          bloc: {
            select: {
              id: true,
              statusChanges: { select: { toStatus: true, effectiveOn: true, createdAt: true } },
              // Members on the business date (a 2018 bloc's members left when it was dissolved).
              members: { where: { joinedOn: { lte: today() }, OR: [{ leftOn: null }, { leftOn: { gte: today() } }] }, select: { organisationId: true } },
            },
          },
        },
      },
    },
  });
  // The officer reaches the contribution through their own organisation (lib/auth/permissions.ts).
  return org && { entityType: "Contribution", entityId: null, unitId: org.unitId, target: { unitPath: org.unit.path, organisationId: org.id }, org };
}

export const saveContribution: ActionDefinition<typeof saveContributionSchema, ContributionLoaded, undefined> = {
  name: "contribution.save",
  permission: "contribution.write",
  schema: saveContributionSchema,
  personalText: /^(results|proposals|hotSpots)$/,
  load: (db, input, actor, permission) => loadOrganisation(db, input.organisationId, unitScope(actor, permission)),
  async write(tx, { input, loaded, actor }) {
    const { org } = loaded;
    const weeks = contributionWeeks(today());
    if (!weeks.some((w) => w.getTime() === input.weekStart.getTime()))
      throw new RefusedError(MESSAGES.invalid, { weekStart: [`Chỉ gửi đóng góp cho tuần này (từ ${formatDate(weeks[0])}) hoặc tuần sau.`] });
    const bloc = org.unit.bloc;
    if (!bloc || !OPERATING.includes(statusOn(bloc.statusChanges, today())))
      throw new RefusedError("Khối của xã chưa hoạt động: chưa nhận đóng góp cho giao ban.");
    if (!bloc.members.some((m) => m.organisationId === org.id))
      throw new RefusedError(`${org.name} không phải thành viên của khối: không gửi đóng góp cho giao ban.`);
    if (!input.results && !input.proposals && !input.hotSpots)
      throw new RefusedError(MESSAGES.invalid, { results: ["Hãy ghi kết quả trong tuần, đề xuất hoặc điểm nóng của tổ chức."] });
    const week = formatIsoWeek(isoWeekOf(input.weekStart));
    // Once the week's minutes are approved, what the organisations said is what the minutes say.
    const approved = await tx.meeting.findFirst({ where: { blocId: bloc.id, weekStart: input.weekStart, status: "APPROVED" }, select: { id: true } });
    if (approved) throw new RefusedError(`Biên bản giao ban ${week.toLowerCase()} đã được duyệt: không nhận thêm đóng góp.`);
    const data = { results: input.results, proposals: input.proposals, hotSpots: input.hotSpots };
    const before = await tx.contribution.findUnique({ where: { organisationId_weekStart: { organisationId: org.id, weekStart: input.weekStart } } });
    let id: string;
    if (before) {
      if (before.version !== input.version) throw new ConflictError();
      await updateAtVersion(tx.contribution, { id: before.id, version: before.version }, { ...data, authorId: actor.userId });
      id = before.id;
    } else {
      if (input.version !== 0) throw new ConflictError();
      // Two officers of one organisation saving its first contribution at once: the second finds the first.
      const created = await tx.contribution
        .create({ data: { ...data, blocId: bloc.id, unitId: org.unitId, organisationId: org.id, weekStart: input.weekStart, authorId: actor.userId } })
        .catch(lostRace("The contribution"));
      id = created.id;
    }
    return {
      entityType: "Contribution",
      entityId: id,
      unitId: org.unitId,
      before: before ? { results: before.results, proposals: before.proposals, hotSpots: before.hotSpots } : undefined,
      after: { organisation: org.name, weekStart: input.weekStart, ...data },
      message: `Đã gửi đóng góp của ${org.name} cho giao ban ${week.toLowerCase()}.`,
      data: { version: (before?.version ?? 0) + 1 },
    };
  },
};
