// What a contribution form posts (components/contributions/contribution-form.tsx).
import { isoDate, longText, recordId, z } from "../validation";

export const saveContributionSchema = z.strictObject({
  organisationId: recordId,
  /** Monday of the week (yyyy-MM-dd). */
  weekStart: isoDate("Tuần"),
  /** 0 for a first contribution of the week, else the version the form was read at. */
  version: z.coerce.number().int().min(0).max(1_000_000),
  results: longText("Kết quả trong tuần"),
  proposals: longText("Đề xuất, kiến nghị"),
  hotSpots: longText("Điểm nóng, vấn đề nổi lên"),
});
