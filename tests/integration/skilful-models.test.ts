// Registering "Dân vận khéo" models (decision 0043) on both structures: the 2018 commune's head registers a
// model for the bloc, an officer for their own organisation only; bad input is refused with nothing saved (a
// unit closed by the reorganisation, a year not open, goals without a number, a name already registered);
// today's commune continues a model of a commune it was formed from; evidence goes through the upload path
// with its size and type checked.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { registerModel } from "@/lib/skilful-models/definitions";
import { evaluateModel, resubmitModel, setModelCriteria } from "@/lib/skilful-models/review-definitions";
import { recogniseModel } from "@/lib/skilful-models/recognition-definitions";
import { openReport } from "@/lib/reports/definitions";
import { onBusinessDay } from "@/lib/time/today";
import { modelCounts, recognisedModels } from "@/lib/skilful-models/counts";
import { unitModels } from "@/lib/skilful-models/queries";
import { modelsExport } from "@/lib/exports/model-exports";
import { parseCsv } from "@/lib/files/csv";
import { parseIsoDate } from "@/lib/time/business-date";
import { ctx, makeUser, operatingBloc, type MadeUser } from "../support/factories";

const request = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "models-secret-0123456789abcdef0123456789abcdef";
  return { sessionId: null as string | null };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "models", "x-forwarded-for": "127.0.0.1" }),
  cookies: async () => {
    const { encodeSessionToken } = await import("@/lib/auth/jwt");
    const { sessionCookieName } = await import("@/lib/auth/options");
    const value = request.sessionId ? await encodeSessionToken({ token: { sid: request.sessionId }, secret: process.env.NEXTAUTH_SECRET! }) : null;
    return { get: (name: string) => (value && name === sessionCookieName() ? { name, value } : undefined), getAll: () => [] };
  },
}));
const { POST: evidencePost } = await import("@/app/api/models/[id]/evidence/route");

const TODAY = parseIsoDate("2026-03-18")!;

const form = (unitId: string, over: Record<string, string> = {}) => ({
  unitId,
  submissionId: randomUUID(),
  organisationId: "",
  continuesId: "",
  year: "2018",
  name: "Làm đường giao thông nông thôn bằng sức dân",
  field: "ECONOMY",
  targetGroup: "Các hộ dân thôn Đông",
  participants: "Hội Nông dân, Đoàn Thanh niên",
  startOn: "2018-03-01",
  goals: "Chiều dài đường: 1,5 km\nSố hộ tham gia: 120",
  ...over,
});
const register = (user: MadeUser, input: Record<string, string>) => runAction(db, registerModel, input, user.actor, ctx());
const idOf = (redirectTo?: string) => /\/models\/([^?]+)/.exec(redirectTo ?? "")![1];

describe("registering a model", () => {
  it("is the bloc head's for the bloc, an officer's for their own organisation; bad input saves nothing", async () => {
    const bloc = await operatingBloc("06964");
    const head = await makeUser("BLOC_HEAD", "06964");
    const officer = await makeUser("ORG_OFFICER", "06964", { organisationCode: "HOI_NONG_DAN" });
    const saved = await register(head, form(bloc.unit.id));
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect(await db.skilfulModel.findUniqueOrThrow({ where: { id: idOf(saved.redirectTo) } })).toMatchObject({
      year: 2018,
      status: "REGISTERED",
      organisationId: null,
      field: "ECONOMY",
    });
    expect((await register(officer, form(bloc.unit.id, { name: "Tổ hợp tác trồng rau an toàn", organisationId: bloc.org("HOI_NONG_DAN").id }))).ok).toBe(true);
    // An officer cannot register for the bloc or another organisation.
    expect((await register(officer, form(bloc.unit.id, { name: "Khác", organisationId: bloc.org("HOI_PHU_NU").id }))).ok).toBe(false);
    expect((await register(officer, form(bloc.unit.id, { name: "Khác" }))).ok).toBe(false);

    const before = await db.skilfulModel.count();
    for (const [over, field, message] of [
      [{ year: "2016" }, "year", /Chỉ đăng ký cho năm 2018 hoặc năm 2019/],
      [{ goals: "Vận động nhân dân tham gia" }, "goals", /ít nhất một chỉ tiêu đo được/],
      [{}, "name", /đã đăng ký mô hình “Làm đường giao thông nông thôn bằng sức dân” năm 2018/],
      [{ name: "Mới", startOn: "2019-02-01" }, "startOn", /phải bắt đầu trong hoặc trước năm đó/],
      [{ name: "Mới", field: "SPORT" }, "field", /Hãy chọn lĩnh vực/],
    ] as const) {
      const refused = await register(head, form(bloc.unit.id, over));
      expect(refused.ok, field).toBe(false);
      expect(refused.fieldErrors?.[field]?.[0], field).toMatch(message);
    }
    expect(await db.skilfulModel.count()).toBe(before);
  });

  it("is refused for a commune closed by the reorganisation; its successor registers and continues the model", async () => {
    const lineage = await db.unitLineage.findFirstOrThrow({
      where: {
        effectiveFrom: parseIsoDate("2025-07-01")!,
        successor: { level: "COMMUNE" },
        predecessor: { level: "COMMUNE", code: { notIn: ["06964", "06958"] } },
      },
      include: { predecessor: true, successor: true },
    });
    const oldBloc = await operatingBloc(lineage.predecessor.code);
    const oldHead = await makeUser("BLOC_HEAD", lineage.predecessor.code);
    const first = await register(oldHead, form(oldBloc.unit.id, { name: "Tổ tự quản an ninh trật tự", field: "DEFENCE_SECURITY" }));
    expect(first.ok, JSON.stringify(first)).toBe(true);

    const closed = await onBusinessDay(TODAY, () => register(oldHead, form(oldBloc.unit.id, { year: "2026", startOn: "2026-01-05", name: "Mô hình mới" })));
    expect(closed.ok).toBe(false);
    expect(closed.formError).toMatch(/không còn là đơn vị hành chính từ 01\/07\/2025: mô hình đăng ký ở đơn vị kế tiếp/);

    const newHead = await makeUser("BLOC_HEAD", lineage.successor.code, { day: TODAY });
    const next = await onBusinessDay(TODAY, () =>
      register(
        newHead,
        form(lineage.successor.id, {
          year: "2026",
          startOn: "2018-03-01",
          name: "Tổ tự quản an ninh trật tự",
          field: "DEFENCE_SECURITY",
          continuesId: idOf(first.redirectTo),
        }),
      ),
    );
    expect(next.ok, JSON.stringify(next)).toBe(true);
    const model = await db.skilfulModel.findUniqueOrThrow({ where: { id: idOf(next.redirectTo) }, include: { continues: true } });
    expect(model.continues).toMatchObject({ unitId: oldBloc.unit.id, year: 2018 });
  });
});

describe("a model's evidence", () => {
  it("takes a photo; refuses a file of the wrong type or over 20 MB, with nothing saved", async () => {
    const bloc = await operatingBloc("06958");
    const head = await makeUser("BLOC_HEAD", "06958");
    const id = idOf((await register(head, form(bloc.unit.id))).redirectTo);
    const post = (name: string, bytes: Uint8Array, type: string) => {
      request.sessionId = head.sessionId;
      const body = new FormData();
      body.append("evidence", new File([bytes as BlobPart], name, { type }));
      return evidencePost(
        new Request(`http://portal.test/api/models/${id}/evidence`, { method: "POST", body, headers: { origin: "http://portal.test", host: "portal.test" } }),
        {
          params: Promise.resolve({ id }),
        },
      );
    };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const saved = await post("con-duong.png", png, "image/png");
    expect(saved.headers.get("location")).toBe(`/models/${id}?evidenceSaved=1`);
    const wrong = await post("ghi-chu.png", new TextEncoder().encode("không phải ảnh"), "image/png");
    expect(wrong.headers.get("location")).toBe(`/models/${id}?evidenceError=type`);
    const big = new Uint8Array(80 * 1024 * 1024);
    big.set(png);
    const tooBig = await post("anh-lon.png", big, "image/png");
    expect(tooBig.headers.get("location")).toBe(`/models/${id}?evidenceError=size`);
    const evidence = await db.modelEvidence.findMany({ where: { modelId: id }, include: { file: true } });
    expect(evidence.map((e) => [e.file.originalName, e.file.mimeType])).toEqual([["con-duong.png", "image/png"]]);
    expect(await db.auditEvent.count({ where: { action: "model.add_evidence", entityId: id, outcome: "ALLOWED" } })).toBe(1);
  });
});

describe("evaluating a model", () => {
  it("scores it on the year's criteria: returned for evidence, sent again, accepted at the pass mark; out-of-range input saves nothing", async () => {
    const bloc = await operatingBloc("06961");
    const head = await makeUser("BLOC_HEAD", "06961");
    const reviewer = await makeUser("REVIEWER", (await db.unit.findUniqueOrThrow({ where: { id: bloc.unit.parentId! } })).code);
    const admin = await makeUser("ADMIN", "22");
    const id = idOf((await register(head, form(bloc.unit.id))).redirectTo);
    const version = async () => String((await db.skilfulModel.findUniqueOrThrow({ where: { id } })).version);

    const criteria = (text: string, v = "0") =>
      runAction(db, setModelCriteria, { year: "2018", version: v, passThreshold: "70", criteria: text }, admin.actor, ctx());
    const uneven = await criteria("Hiệu quả; 60; 10\nLan tỏa; 30; 10");
    expect(uneven.fieldErrors?.criteria?.[0]).toMatch(/Tổng trọng số phải là 100 \(hiện là 90\)/);
    expect((await criteria("Hiệu quả; 60; 10\nLan tỏa; 40; 5")).ok).toBe(true);
    const [effect, spread] = await db.modelCriterion.findMany({ where: { year: 2018 }, orderBy: { sortOrder: "asc" } });

    const evaluate = async (over: Record<string, string>) =>
      runAction(db, evaluateModel, { modelId: id, version: await version(), comment: "", ...over }, reviewer.actor, ctx());
    const outOfRange = await evaluate({ move: "accept", [`score_${effect.id}`]: "12", [`score_${spread.id}`]: "5" });
    expect(outOfRange.fieldErrors?.[`score_${effect.id}`]?.[0]).toMatch(/phải từ 0 đến 10/);
    const below = await evaluate({ move: "accept", [`score_${effect.id}`]: "6", [`score_${spread.id}`]: "3" });
    expect(below.fieldErrors?.move?.[0]).toMatch(/Tổng điểm 60 dưới ngưỡng đạt 70 của năm 2018/);
    expect((await evaluate({ move: "return" })).fieldErrors?.comment?.[0]).toMatch(/cần bổ sung minh chứng gì/);
    expect(await db.skilfulModel.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REGISTERED", totalScore: null });
    expect(await db.modelScore.count({ where: { modelId: id } })).toBe(0);

    expect((await evaluate({ move: "return", comment: "Bổ sung ảnh con đường sau khi hoàn thành" })).ok).toBe(true);
    expect(await db.skilfulModel.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RETURNED",
      reviewComment: "Bổ sung ảnh con đường sau khi hoàn thành",
    });
    // Returned: the reviewer waits; the head sends it again.
    expect((await evaluate({ move: "accept", [`score_${effect.id}`]: "9", [`score_${spread.id}`]: "4" })).formError).toMatch(/đang ở trạng thái “Trả lại/);
    expect((await runAction(db, resubmitModel, { modelId: id, version: await version() }, head.actor, ctx())).ok).toBe(true);
    const accepted = await evaluate({ move: "accept", [`score_${effect.id}`]: "9", [`score_${spread.id}`]: "4" });
    expect(accepted.ok, JSON.stringify(accepted)).toBe(true);
    expect(await db.skilfulModel.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTED", totalScore: 86 });
    // Once a model of the year is scored, the year's criteria stay as they were.
    const year = await db.modelYear.findUniqueOrThrow({ where: { year: 2018 } });
    expect((await criteria("Hiệu quả; 100; 10", String(year.version))).formError).toMatch(/Đã có mô hình năm 2018 được chấm điểm/);
  });
});

describe("the province's view of the models", () => {
  it("counts each unit's models of a year by field and outcome, and downloads them in the reader's scope", async () => {
    const overview = await makeUser("OVERVIEW", "22");
    const province = await db.unit.findFirstOrThrow({ where: { code: "22", level: "PROVINCE" }, orderBy: { validFrom: "asc" } });
    const counts = await modelCounts(overview.actor, province.path, 2018);
    const all = await db.skilfulModel.findMany({ where: { year: 2018 }, include: { unit: true } });
    expect(counts.reduce((a, r) => a + r.total, 0)).toBe(all.length);
    const accepted = all.filter((m) => m.status === "ACCEPTED");
    expect(counts.reduce((a, r) => a + r.accepted, 0)).toBe(accepted.length);
    const quangDien = counts.find((r) => r.code === "06961")!;
    expect(quangDien).toMatchObject({ total: 1, accepted: 1, byField: { ECONOMY: 1, CULTURE_SOCIETY: 0 } });

    const csv = parseCsv(await (await modelsExport(new URL("http://x/api/export/models.csv?year=2018"), overview.actor, "csv")).text());
    expect(csv[0].slice(0, 5)).toEqual(["Mã xã", "Tên xã", "Mã đơn vị cấp trên", "Năm", "Tên mô hình"]);
    expect(csv.length - 1).toBe(all.length);
    expect(csv.find((r) => r[0] === "06961")).toEqual(expect.arrayContaining(["Đạt", "86", "Chiều dài đường: 1,5 km; Số hộ tham gia: 120"]));
    // A commune's head reads only their own commune's.
    const head = await makeUser("BLOC_HEAD", "06961");
    const own = parseCsv(await (await modelsExport(new URL("http://x/api/export/models.csv?year=2018"), head.actor, "csv")).text());
    expect(own.slice(1).map((r) => r[0])).toEqual(["06961"]);
    expect((await modelsExport(new URL("http://x/api/export/models.csv?year=abc"), head.actor, "csv")).status).toBe(400);
  });
});

describe("recognising a model", () => {
  it("takes the next number of the body's decisions at commune and province level, once per level, an accepted model only", async () => {
    const model = await db.skilfulModel.findFirstOrThrow({ where: { status: "ACCEPTED", unit: { code: "06961" } } });
    const head = await makeUser("BLOC_HEAD", "06961");
    const districtReviewer = await makeUser("REVIEWER", "201");
    const provinceReviewer = await makeUser("REVIEWER", "22");
    const recognise = async (user: MadeUser, over: Record<string, string>) =>
      runAction(
        db,
        recogniseModel,
        { modelId: model.id, version: String((await db.skilfulModel.findUniqueOrThrow({ where: { id: model.id } })).version), issuedOn: "2018-08-10", ...over },
        user.actor,
        ctx(),
      );
    expect((await recognise(head, { level: "COMMUNE", issuedOn: "2018-09-01" })).fieldErrors?.issuedOn?.[0]).toMatch(/không được sau hôm nay \(13\/08\/2018\)/);
    const first = await recognise(head, { level: "COMMUNE" });
    expect(first.ok, JSON.stringify(first)).toBe(true);
    expect(first.message).toMatch(/Đã công nhận mô hình cấp xã: quyết định số 01\/QĐ-\S+ ngày 10\/08\/2018/);
    expect((await recognise(head, { level: "COMMUNE" })).fieldErrors?.level?.[0]).toMatch(/đã được công nhận cấp xã/);
    // The province's level is the province's reviewer's, not the district's nor the commune's.
    for (const who of [districtReviewer, head]) expect((await recognise(who, { level: "PROVINCE" })).formError).toMatch(/Không tìm thấy bản ghi/);
    expect((await recognise(provinceReviewer, { level: "PROVINCE" })).ok).toBe(true);
    const recognitions = await db.modelRecognition.findMany({ where: { modelId: model.id }, orderBy: { level: "asc" } });
    expect(recognitions.map((r) => r.level)).toEqual(["COMMUNE", "PROVINCE"]);
    const entries = await db.registerEntry.findMany({ where: { entityType: "SkilfulModel", entityId: model.id }, include: { register: true } });
    expect(entries.map((e) => [e.register.kind, e.number, e.label])).toEqual(recognitions.map((r) => ["DECISION", 1, r.label]));

    const other = await db.skilfulModel.findFirstOrThrow({ where: { status: { not: "ACCEPTED" }, unit: { code: "06964" } } });
    const headOther = await makeUser("BLOC_HEAD", "06964");
    const refused = await runAction(
      db,
      recogniseModel,
      { modelId: other.id, version: String(other.version), level: "COMMUNE", issuedOn: "2018-08-10" },
      headOther.actor,
      ctx(),
    );
    expect(refused.formError).toMatch(/chỉ công nhận mô hình đã được đánh giá đạt/);
    const overview = await makeUser("OVERVIEW", "22");
    const counts = await modelCounts(overview.actor, "/", 2018);
    expect(counts.find((r) => r.code === "06961")).toMatchObject({ recognised: 1 });
    // The year's list of recognised models: each decision, in the order issued; a commune sees only its own.
    const listed = await recognisedModels(overview.actor, "/", 2018);
    expect(listed.filter((r) => r.model.id === model.id).map((r) => [r.level, r.label, r.model.unit.code])).toEqual(
      recognitions.map((r) => [r.level, r.label, "06961"]),
    );
    expect((await recognisedModels(headOther.actor, "/", 2018)).filter((r) => r.model.id === model.id)).toEqual([]);
    expect((await unitModels(head.actor, model.unitId)).find((m) => m.id === model.id)!.recognitions.map((r) => r.level)).toEqual(["COMMUNE", "PROVINCE"]);

    // The commune's report of the period opens with the year's models in its section on movements.
    const opened = await runAction(
      db,
      openReport,
      { regimeCode: "situation.monthly", unitId: model.unitId, periodKey: "2018-07", submissionId: randomUUID() },
      head.actor,
      ctx(),
    );
    const report = await db.report.findUniqueOrThrow({ where: { id: String(opened.data!.reportId) } });
    expect(JSON.parse(report.blocWork).MOBILISATION).toContain(
      `Phong trào “Dân vận khéo” năm 2018: 1 mô hình đăng ký (${model.name}), 1 được đánh giá đạt, 1 được công nhận.`,
    );
  });
});
