// Inputs of the privacy administration: a kind's retention period, a run of the anonymisation, and the steps
// of a person's request (anonymise a record, correct a report issue's citizen).
import { recordId, text, z } from "../validation";
import { citizenFields } from "./fields";
import { REASON_MAX, REASON_MIN } from "./limits";
import { RECORD_KINDS, RETENTION_YEARS } from "./retention";

export const setRetentionSchema = z.strictObject({
  kind: z.enum(RECORD_KINDS as [string, ...string[]], { error: "Loại hồ sơ không hợp lệ." }),
  years: z.coerce
    .number({ error: "Số năm phải là một số nguyên." })
    .int("Số năm phải là một số nguyên.")
    .min(RETENTION_YEARS.min, `Ít nhất ${RETENTION_YEARS.min} năm.`)
    .max(RETENTION_YEARS.max, `Nhiều nhất ${RETENTION_YEARS.max} năm.`),
  version: z.coerce.number().int().min(0).max(1_000_000),
});

/** Anonymisation cannot be undone: the administrator confirms it. */
export const runRetentionSchema = z.strictObject({
  confirm: z.literal("on", { error: "Hãy đánh dấu xác nhận: dữ liệu đã ẩn danh không khôi phục được." }),
});

/** What a person's request rests on (their letter, its date): every step of it is audited with it. */
const requestReason = text("Căn cứ yêu cầu (đơn, ngày, người yêu cầu)", { min: REASON_MIN, max: REASON_MAX });

export const anonymiseRecordSchema = z.strictObject({
  kind: z.enum(RECORD_KINDS as [string, ...string[]], { error: "Loại hồ sơ không hợp lệ." }),
  id: recordId,
  reason: requestReason,
});

export const correctCitizenSchema = z.strictObject({
  issueId: recordId,
  reason: requestReason,
  ...citizenFields,
});
