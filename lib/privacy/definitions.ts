// The administrator's privacy work (decision 0041): a kind of record's retention period, and a run of the
// anonymisation of the records whose period has ended (the same pass the scheduled job makes).
import "server-only";
import type { ActionDefinition, Loaded } from "../actions/run-action";
import { updateAtVersion } from "../actions/versioned";
import { ConflictError } from "../actions/result";
import { lostRace } from "../actions/transaction";
import { toIsoDate } from "../time/business-date";
import { today } from "../time/today";
import { RECORD_KIND_LABEL, type RecordKind } from "./inventory";
import { anonymiseExpired, BATCH, DEFAULT_RETENTION_YEARS } from "./retention";
import { runRetentionSchema, setRetentionSchema } from "./schema";

type PolicyLoaded = Loaded & { policy: { years: number; version: number } | null };

export const setRetention: ActionDefinition<typeof setRetentionSchema, PolicyLoaded, undefined> = {
  name: "privacy.set_retention",
  permission: "privacy.manage",
  schema: setRetentionSchema,
  async load(db, input) {
    const policy = await db.retentionPolicy.findUnique({ where: { kind: input.kind } });
    return { entityType: "RetentionPolicy", entityId: input.kind, target: { unitPath: "/" }, policy };
  },
  async write(tx, { input, loaded, actor }) {
    if ((loaded.policy?.version ?? 0) !== input.version) throw new ConflictError();
    if (loaded.policy)
      await updateAtVersion(tx.retentionPolicy, { kind: input.kind, version: input.version }, { years: input.years, updatedById: actor.userId });
    else await tx.retentionPolicy.create({ data: { kind: input.kind, years: input.years, updatedById: actor.userId } }).catch(lostRace("retention policy"));
    const label = RECORD_KIND_LABEL[input.kind as RecordKind];
    return {
      entityType: "RetentionPolicy",
      entityId: input.kind,
      before: { years: loaded.policy?.years ?? DEFAULT_RETENTION_YEARS },
      after: { years: input.years },
      message: `Đã lưu: ${label.toLowerCase()} giữ dữ liệu của người dân ${input.years} năm sau khi kết thúc.`,
    };
  },
};

export const runRetention: ActionDefinition<typeof runRetentionSchema, Loaded, undefined> = {
  name: "privacy.retention_run",
  permission: "privacy.manage",
  schema: runRetentionSchema,
  async load() {
    return { entityType: "Retention", entityId: toIsoDate(today()), target: { unitPath: "/" } };
  },
  async write(tx) {
    const day = today();
    const { counts, events } = await anonymiseExpired(tx, day, new Date());
    const done = Object.entries(counts).filter(([, n]) => n > 0) as [RecordKind, number][];
    const more = done.some(([, n]) => n >= BATCH);
    return {
      entityType: "Retention",
      entityId: toIsoDate(day),
      after: { counts },
      events,
      message: done.length
        ? `Đã ẩn danh ${events.length} hồ sơ hết thời hạn lưu trữ: ${done.map(([k, n]) => `${RECORD_KIND_LABEL[k].toLowerCase()} ${n}`).join(", ")}.${more ? " Còn hồ sơ chưa xử lý: hãy chạy tiếp." : ""}`
        : "Không có hồ sơ nào hết thời hạn lưu trữ; không có gì thay đổi.",
    };
  },
};
