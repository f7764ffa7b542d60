// A district's report starts from its communes' accepted reports of the same regime and period: their
// issues (with the commune named in the place), hot spots kept, and their recommendations with their origin.
// A commune report accepted later is added by a second pass that skips the reports already merged.
import type { Tx } from "../db";

export async function consolidate(tx: Tx, regimeId: string, districtId: string, periodKey: string, exclude: string[] = []) {
  const sources = await tx.report.findMany({
    where: { regimeId, recipientId: districtId, periodKey, status: "ACCEPTED", id: { notIn: exclude } },
    include: { unit: { select: { name: true } }, issues: { orderBy: { sortOrder: "asc" } }, recommendations: { orderBy: { sortOrder: "asc" } } },
    orderBy: { unit: { code: "asc" } },
  });
  const issues = sources.flatMap((r) =>
    r.issues.map((i) => ({
      topicId: i.topicId,
      description: i.description,
      location: i.location ? `${r.unit.name}: ${i.location}` : r.unit.name,
      scale: i.scale,
      channel: i.channel,
      hotSpot: i.hotSpot,
      handling: i.handling,
    })),
  );
  const recommendations = sources.flatMap((r) =>
    r.recommendations.map((x) => ({ content: `${x.content} (kiến nghị của ${r.unit.name})`, addressee: x.addressee })),
  );
  const mood = sources.length
    ? `Tổng hợp từ ${sources.length} báo cáo đã tiếp nhận của các xã (${sources.map((r) => r.unit.name).join(", ")}).\n${sources
        .filter((r) => r.generalMood)
        .map((r) => `${r.unit.name}: ${r.generalMood}`)
        .join("\n")}`
    : "";
  return { issues, recommendations, mood, count: sources.length, ids: sources.map((r) => r.id) };
}
