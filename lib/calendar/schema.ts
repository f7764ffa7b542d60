// Inputs of the working-day calendar and the deadline rules.
import { parseIsoDate } from "../time/business-date";
import { ANCHORS } from "../time/deadlines";
import { isoDate, optionalText, text, z } from "../validation";

export const KIND_WORDS = { lễ: "HOLIDAY", nghỉ: "DAY_OFF", làm: "WORKDAY" } as const;
export type ParsedDay = { line: number; date: Date; kind: "HOLIDAY" | "DAY_OFF" | "WORKDAY"; name: string };

/** Parses "dd/MM/yyyy; lễ|nghỉ|làm; tên" lines (ISO dates too). Returns the days or the problems by line. */
export function parseDayList(textValue: string, year: number): { days: ParsedDay[]; problems: string[] } {
  const days: ParsedDay[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  textValue.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const [dateText = "", kindText = "", ...nameParts] = raw.split(";").map((s) => s.trim());
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dateText);
    const date = dmy ? parseIsoDate(`${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}`) : parseIsoDate(dateText);
    const kind = KIND_WORDS[kindText.toLowerCase().normalize("NFC") as keyof typeof KIND_WORDS];
    const name = nameParts.join(";").trim();
    if (!date) problems.push(`Dòng ${line}: ngày “${dateText}” không hợp lệ (dạng dd/MM/yyyy).`);
    else if (date.getUTCFullYear() !== year) problems.push(`Dòng ${line}: ngày ${dateText} không thuộc năm ${year}.`);
    if (!kind) problems.push(`Dòng ${line}: loại phải là “lễ”, “nghỉ” hoặc “làm”.`);
    if (!name) problems.push(`Dòng ${line}: hãy ghi tên ngày (ví dụ “Tết Nguyên đán”).`);
    else if (name.length > 200) problems.push(`Dòng ${line}: tên quá dài (tối đa 200 ký tự).`);
    if (date) {
      const key = date.toISOString();
      if (seen.has(key)) problems.push(`Dòng ${line}: ngày ${dateText} trùng với dòng ${seen.get(key)}.`);
      else seen.set(key, line);
    }
    if (date && kind && name && name.length <= 200) days.push({ line, date, kind, name });
  });
  return { days, problems };
}

export const setYearSchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  version: z.coerce.number().int().min(0).max(1_000_000),
  days: z.string().max(20_000, "Danh sách quá dài (tối đa 20000 ký tự)."),
  basis: optionalText("Căn cứ (số thông báo)", 300),
  verified: z.enum(["on"]).optional(),
});

const anchorKeys = Object.keys(ANCHORS) as [keyof typeof ANCHORS, ...(keyof typeof ANCHORS)[]];

export const reviseRuleSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9_.]{3,80}$/, "Mã quy tắc không hợp lệ."),
    /** The version the user saw; the new one is the next. */
    version: z.coerce.number().int().min(1).max(1_000_000),
    subject: text("Nội dung được tính hạn", { max: 300 }),
    anchor: z.enum(anchorKeys, { error: "Hãy chọn mốc tính." }),
    /** The count, never negative: a deadline before its anchor says so with `direction`. */
    days: z.coerce
      .number({ error: "Số ngày phải là số." })
      .int("Số ngày phải là số nguyên.")
      .min(0, "Số ngày không được âm: để tính hạn trước ngày mốc, hãy chọn “trước mốc”.")
      .max(365, "Số ngày tối đa là 365."),
    direction: z.enum(["AFTER", "BEFORE"], { error: "Hãy chọn trước hay sau mốc." }),
    unit: z.enum(["CALENDAR_DAYS", "WORKING_DAYS"], { error: "Hãy chọn ngày lịch hoặc ngày làm việc." }),
    legalBasis: text("Căn cứ pháp lý", { max: 300 }),
    article: optionalText("Điều, khoản", 100),
    verified: z.enum(["on"]).optional(),
    note: optionalText("Ghi chú", 1000),
    validFrom: isoDate("Ngày áp dụng"),
  })
  .transform(({ days, direction, ...rule }) => ({ ...rule, offset: direction === "BEFORE" ? -days : days }));
