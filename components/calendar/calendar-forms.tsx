"use client";
// Entering a year's schedule from its announcement, and revising a deadline rule (a new version).
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { reviseDeadlineRuleAction, setCalendarYearAction } from "@/lib/calendar/actions";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";

export function CalendarYearForm({ year, version, days, basis, verified }: { year: number; version: number; days: string; basis: string; verified: boolean }) {
  const [state, action] = useActionState(setCalendarYearAction, INITIAL_RESULT);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="days"
        label={`Các ngày nghỉ lễ, nghỉ bù và ngày làm bù năm ${year}`}
        state={state}
        defaultValue={days}
        rows={14}
        maxLength={20_000}
        hint="Mỗi dòng một ngày: ngày/tháng/năm; loại (lễ, nghỉ hoặc làm); tên. Ví dụ: 14/02/2018; nghỉ; Tết Nguyên đán. Ngày thứ Bảy, Chủ nhật không cần ghi, trừ ngày làm bù."
      />
      <Field name="basis" label="Căn cứ (số, ngày thông báo)" state={state} defaultValue={basis} maxLength={300} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="verified" defaultChecked={verified} className="h-5 w-5" />
        Đã đối chiếu với thông báo chính thức của năm
      </label>
      <SubmitButton>Lưu lịch năm {year}</SubmitButton>
    </form>
  );
}

type Rule = {
  code: string;
  version: number;
  subject: string;
  anchor: string;
  offset: number;
  unit: string;
  legalBasis: string;
  article: string | null;
  verified: boolean;
  note: string | null;
};

export function RuleRevisionForm({ rule, anchors, today }: { rule: Rule; anchors: { value: string; label: string }[]; today: string }) {
  const [state, action] = useActionState(reviseDeadlineRuleAction, INITIAL_RESULT);
  const id = (n: string) => `${rule.code}-${n}`;
  return (
    <form action={action} className="space-y-3" noValidate aria-label={`Sửa quy tắc ${rule.code}`}>
      <FormMessage state={state} />
      <input type="hidden" name="code" value={rule.code} />
      <input type="hidden" name="version" value={rule.version} />
      <Field id={id("subject")} name="subject" label="Nội dung được tính hạn" state={state} defaultValue={rule.subject} maxLength={300} required />
      <div className="grid gap-3 sm:grid-cols-4">
        <Field
          id={id("days")}
          name="days"
          label="Số ngày"
          type="number"
          state={state}
          defaultValue={String(Math.abs(rule.offset))}
          min={0}
          max={365}
          required
        />
        <SelectField
          id={id("unit")}
          name="unit"
          label="Loại ngày"
          state={state}
          defaultValue={rule.unit}
          options={[
            { value: "WORKING_DAYS", label: "Ngày làm việc" },
            { value: "CALENDAR_DAYS", label: "Ngày lịch" },
          ]}
        />
        <SelectField
          id={id("direction")}
          name="direction"
          label="Trước hay sau mốc"
          state={state}
          defaultValue={rule.offset < 0 ? "BEFORE" : "AFTER"}
          options={[
            { value: "AFTER", label: "Sau mốc" },
            { value: "BEFORE", label: "Trước mốc" },
          ]}
        />
        <SelectField id={id("anchor")} name="anchor" label="Mốc tính" state={state} defaultValue={rule.anchor} options={anchors} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("basis")} name="legalBasis" label="Căn cứ pháp lý" state={state} defaultValue={rule.legalBasis} maxLength={300} required />
        <Field id={id("article")} name="article" label="Điều, khoản" state={state} defaultValue={rule.article ?? ""} maxLength={100} />
      </div>
      <TextAreaField id={id("note")} name="note" label="Ghi chú" state={state} defaultValue={rule.note ?? ""} maxLength={1000} rows={2} />
      <div className="flex flex-wrap items-end gap-4">
        <Field id={id("from")} name="validFrom" label="Áp dụng từ ngày" type="date" state={state} defaultValue={today} required />
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="verified" defaultChecked={rule.verified} className="h-5 w-5" />
          Đã xác minh căn cứ và số ngày
        </label>
      </div>
      <SubmitButton>Lưu phiên bản mới</SubmitButton>
    </form>
  );
}
