// Inputs of the privacy administration: a kind's retention period, a run of the anonymisation.
import { z } from "../validation";
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

export const runRetentionSchema = z.strictObject({});
