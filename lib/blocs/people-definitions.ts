// Keeping a bloc's people and member organisations current: posts held by people for a term (one person
// may hold several posts), and which of the commune's organisations are members.
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { ConflictError, MESSAGES, RefusedError } from "../actions/result";
import type { Db, Tx } from "../db";
import type { BlocModel } from "../../generated/prisma/sqlite/enums";
import { fold } from "../text/fold";
import { formatDate } from "../time/business-date";
import { today } from "../time/today";
import { validOn } from "../units/validity";
import { addPostSchema, endPostSchema, setMembersSchema } from "./schema";
import { headRuleCheck, type HeadRuleSource } from "./head-rule";
import { agencyModelOf, MODEL_LABEL } from "./labels";
import { NO_MODEL } from "./definitions";
import { unitScope } from "../auth/scope";
import type { Prisma } from "../../generated/prisma/sqlite/client";

const INVALID = MESSAGES.invalid;

type UnitLoaded = Loaded & {
  unit: { id: string; code: string; name: string; level: string; validFrom: Date; validTo: Date | null };
  /** The model a bloc created here starts with: the 2018 district's choice; none under the province (from 2025). */
  defaultModel: BlocModel | null;
  policy: HeadRuleSource["policy"];
};

/** A commune (its bloc), a district (its bloc agency, Cơ quan khối) or the province (its bloc body, from 2025). */
async function loadBlocUnit(
  db: Db,
  unitId: string,
  scope: Prisma.UnitWhereInput,
  levels: ("COMMUNE" | "DISTRICT" | "PROVINCE")[] = ["COMMUNE", "DISTRICT", "PROVINCE"],
): Promise<UnitLoaded | null> {
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId, level: { in: levels } }, scope] },
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      path: true,
      validFrom: true,
      validTo: true,
      bloc: { select: { id: true } },
      parent: { select: { blocPolicy: { select: { communeModel: true, headRule: true, headRuleText: true } } } },
    },
  });
  if (!unit) return null;
  const policy = unit.parent?.blocPolicy ?? null;
  const defaultModel: BlocModel | null = agencyModelOf(unit.level) ?? policy?.communeModel ?? null;
  return { entityType: "Bloc", entityId: unit.bloc?.id ?? null, unitId: unit.id, target: { unitPath: unit.path }, unit, defaultModel, policy };
}

/**
 * The unit's bloc, created (not started, with the 2018 district's model) the first time people are recorded.
 * A commune with no district above it has no default model: its model is recorded first.
 */
async function blocOf(tx: Tx, loaded: UnitLoaded) {
  const bloc = await tx.bloc.findUnique({ where: { unitId: loaded.unit.id } });
  if (bloc) return bloc;
  if (!loaded.defaultModel)
    throw new RefusedError(`${NO_MODEL(loaded.unit.name)} Người có thẩm quyền theo dõi khối ghi nhận mô hình trước, rồi mới ghi nhận người và thành viên.`);
  return tx.bloc.create({ data: { unitId: loaded.unit.id, model: loaded.defaultModel } });
}

function checkDate(field: string, day: Date, unit: UnitLoaded["unit"]) {
  if (day > today()) throw new RefusedError(INVALID, { [field]: ["Ngày không được sau hôm nay."] });
  if (day < unit.validFrom || (unit.validTo && day > unit.validTo))
    throw new RefusedError(INVALID, { [field]: [`Ngày nằm ngoài thời gian tồn tại của ${unit.name}.`] });
}

export const addPost: ActionDefinition<typeof addPostSchema, UnitLoaded, undefined> = {
  name: "bloc.add_post",
  permission: "bloc.people",
  schema: addPostSchema,
  load: (db, input, actor, permission) => loadBlocUnit(db, input.unitId, unitScope(actor, permission)),
  async write(tx, { input, loaded }) {
    checkDate("termStart", input.termStart, loaded.unit);
    // A commune bloc's head and deputies come from the commune's organisations; an agency's (a district's
    // Cơ quan khối, the province's body) are officials whose title names their body: the organisation is optional.
    const agency = loaded.unit.level !== "COMMUNE";
    const organisation = input.organisationCode
      ? await tx.organisation.findFirst({ where: { unitId: loaded.unit.id, type: { code: input.organisationCode }, ...validOn(input.termStart) } })
      : null;
    if (!organisation && !agency)
      throw new RefusedError(INVALID, {
        organisationCode: [
          input.organisationCode
            ? `Tổ chức này không có ở ${loaded.unit.name}: trưởng, phó khối phải là người của một tổ chức trong xã.`
            : "Hãy chọn tổ chức nơi người này công tác.",
        ],
      });
    if (!organisation && input.organisationCode) throw new RefusedError(INVALID, { organisationCode: [`Tổ chức này không có ở ${loaded.unit.name}.`] });
    const bloc = await blocOf(tx, loaded);
    let mismatch: string | null = null;
    if (input.role === "HEAD") {
      const current = await tx.blocPost.findFirst({
        where: { blocId: bloc.id, role: "HEAD", termStart: { lte: input.termStart }, OR: [{ termEnd: null }, { termEnd: { gte: input.termStart } }] },
        include: { person: true },
      });
      if (current)
        throw new RefusedError(
          `${current.person.fullName} đang là ${agency ? "trưởng Cơ quan khối" : "trưởng khối"} từ ${formatDate(current.termStart)}: hãy kết thúc nhiệm kỳ đó trước.`,
        );
      // The model's head rule (or its recorded exception): a head who does not meet it is recorded only with a reason, and stays flagged.
      const check = headRuleCheck({ model: bloc.model, headRule: bloc.headRule, headRuleReason: bloc.headRuleReason, policy: loaded.policy }, input);
      if (check && !check.ok) {
        if (!input.ruleMismatchReason) {
          throw new RefusedError(
            `Trưởng ${MODEL_LABEL[bloc.model].toLowerCase()} phải là ${check.needs}${check.exception ? ` (ngoại lệ đã ghi nhận: ${check.exception})` : ""}. Hãy đánh dấu đúng chức vụ người này đang giữ, hoặc nêu lý do nếu vẫn ghi nhận: cảnh báo sẽ hiện trên sổ theo dõi khối.`,
            {
              ruleMismatchReason: [`Người này không phải ${check.needs}: nêu lý do nếu vẫn ghi nhận.`],
            },
          );
        }
        mismatch = input.ruleMismatchReason;
      }
    }
    // An existing person is chosen explicitly: two people of one commune may share a name.
    let person;
    if (input.personId) {
      person = await tx.person.findFirst({ where: { id: input.personId, unitId: loaded.unit.id } });
      if (!person) throw new RefusedError(INVALID, { personId: [`Người này không thuộc ${loaded.unit.name}.`] });
    } else {
      if (!input.fullName) throw new RefusedError(INVALID, { fullName: ["Hãy nhập họ và tên, hoặc chọn một người đã có."] });
      person = await tx.person.create({ data: { unitId: loaded.unit.id, fullName: input.fullName, searchText: fold(input.fullName) } });
    }
    const post = await tx.blocPost.create({
      data: {
        blocId: bloc.id,
        personId: person.id,
        role: input.role,
        title: input.title,
        organisationId: organisation?.id ?? null,
        termStart: input.termStart,
        partyDeputySecretary: input.partyDeputySecretary,
        frontChair: input.frontChair,
        ruleMismatchReason: mismatch,
      },
    });
    return {
      entityType: "Bloc",
      entityId: bloc.id,
      unitId: loaded.unit.id,
      after: {
        postId: post.id,
        person: person.fullName,
        role: post.role,
        title: post.title,
        organisation: organisation?.name ?? null,
        termStart: post.termStart,
        partyDeputySecretary: post.partyDeputySecretary,
        frontChair: post.frontChair,
        ruleMismatchReason: mismatch,
      },
      message: `Đã ghi nhận ${person.fullName} là ${input.role === "HEAD" ? "trưởng" : "phó"} ${agency ? "Cơ quan khối" : "khối"}${mismatch ? " (không đúng quy định người đứng đầu: đã gắn cảnh báo)" : ""}.`,
    };
  },
};

type PostLoaded = Loaded & { post: { id: string; blocId: string; termStart: Date; termEnd: Date | null }; unit: UnitLoaded["unit"] };

export const endPost: ActionDefinition<typeof endPostSchema, PostLoaded, undefined> = {
  name: "bloc.end_post",
  permission: "bloc.people",
  schema: endPostSchema,
  async load(db, input, actor, permission) {
    const post = await db.blocPost.findFirst({
      where: { id: input.postId, bloc: { unit: unitScope(actor, permission) } },
      include: { bloc: { select: { unit: { select: { id: true, code: true, name: true, level: true, path: true, validFrom: true, validTo: true } } } } },
    });
    if (!post) return null;
    const unit = post.bloc.unit;
    return { entityType: "Bloc", entityId: post.blocId, unitId: unit.id, target: { unitPath: unit.path }, post, unit };
  },
  async write(tx, { input, loaded }) {
    checkDate("termEnd", input.termEnd, loaded.unit);
    if (input.termEnd < loaded.post.termStart) throw new RefusedError(INVALID, { termEnd: ["Ngày kết thúc không được trước ngày bắt đầu nhiệm kỳ."] });
    const { count } = await tx.blocPost.updateMany({
      where: { id: loaded.post.id, termEnd: null },
      data: { termEnd: input.termEnd, endedReason: input.reason },
    });
    if (count !== 1) throw new ConflictError();
    return {
      entityType: "Bloc",
      entityId: loaded.post.blocId,
      unitId: loaded.unit.id,
      before: { postId: loaded.post.id, termEnd: null },
      after: { postId: loaded.post.id, termEnd: input.termEnd },
      reason: input.reason,
      message: "Đã kết thúc nhiệm kỳ.",
    };
  },
};

export const setMembers: ActionDefinition<typeof setMembersSchema, UnitLoaded, undefined> = {
  name: "bloc.set_members",
  permission: "bloc.people",
  schema: setMembersSchema,
  load: (db, input, actor, permission) => loadBlocUnit(db, input.unitId, unitScope(actor, permission), ["COMMUNE"]),
  async write(tx, { input, loaded }) {
    checkDate("effectiveOn", input.effectiveOn, loaded.unit);
    const organisations = await tx.organisation.findMany({
      where: { unitId: loaded.unit.id, ...validOn(input.effectiveOn) },
      include: { type: { select: { code: true } } },
    });
    const wanted = new Set(input.organisationCodes);
    const unknown = [...wanted].filter((code) => !organisations.some((o) => o.type.code === code));
    if (unknown.length) throw new RefusedError(INVALID, { organisationCodes: ["Có tổ chức không thuộc xã này."] });
    const bloc = await blocOf(tx, loaded);
    const current = await tx.blocMember.findMany({
      where: { blocId: bloc.id, leftOn: null },
      include: { organisation: { include: { type: { select: { code: true } } } } },
    });
    const joined: string[] = [];
    const left: string[] = [];
    for (const m of current) {
      if (!wanted.has(m.organisation.type.code)) {
        await tx.blocMember.update({ where: { id: m.id }, data: { leftOn: input.effectiveOn } });
        left.push(m.organisation.name);
      }
    }
    for (const o of organisations) {
      if (wanted.has(o.type.code) && !current.some((m) => m.organisationId === o.id)) {
        await tx.blocMember.create({ data: { blocId: bloc.id, organisationId: o.id, joinedOn: input.effectiveOn } });
        joined.push(o.name);
      }
    }
    return {
      entityType: "Bloc",
      entityId: bloc.id,
      unitId: loaded.unit.id,
      after: { joined, left, effectiveOn: input.effectiveOn },
      message: joined.length || left.length ? "Đã cập nhật tổ chức thành viên." : "Không có thay đổi.",
    };
  },
};
