"use client";
// An administrator's forms for reporting regimes and the topic list.
import { useActionState, useState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { saveRegimeAction, saveTopicAction } from "@/lib/reports/actions";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";

export interface RegimeValues {
  id: string;
  version: number;
  code: string;
  name: string;
  kind: string;
  periodType: string;
  windowRule: string;
  windowFromDay: number | null;
  windowFromPrevMonth: boolean;
  windowToDay: number | null;
  reporterLevel: string;
  deadlineRuleCode: string;
  onTimeRule: string;
  legalBasis: string;
  startsOn: string;
  active: boolean;
}

const PERIODS = [
  { value: "WEEKLY", label: "Hằng tuần" },
  { value: "MONTHLY", label: "Hằng tháng" },
  { value: "QUARTERLY", label: "Hằng quý" },
  { value: "SIX_MONTH", label: "6 tháng" },
  { value: "NINE_MONTH", label: "9 tháng" },
  { value: "ANNUAL", label: "Hằng năm" },
];
const WINDOWS = [
  { value: "CALENDAR", label: "Theo kỳ lịch (từ ngày đầu đến ngày cuối kỳ)" },
  { value: "STATE_15_14", label: "Từ ngày 15 tháng trước đến ngày 14 (Nghị định 09/2019/NĐ-CP)" },
  { value: "CUSTOM", label: "Tùy chỉnh: từ ngày … đến ngày chốt …" },
];

export function RegimeForm({ regime, rules }: { regime: RegimeValues; rules: { value: string; label: string }[] }) {
  const [state, action] = useActionState(saveRegimeAction, INITIAL_RESULT);
  const [rule, setRule] = useState(regime.windowRule);
  const id = (n: string) => `${regime.id || "new"}-${n}`;
  return (
    <form action={action} className="space-y-3" noValidate aria-label={regime.id ? `Sửa chế độ ${regime.code}` : "Thêm chế độ báo cáo"}>
      <FormMessage state={state} />
      <input type="hidden" name="regimeId" value={regime.id} />
      <input type="hidden" name="version" value={regime.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id={id("code")}
          name="code"
          label="Mã (không đổi sau khi tạo)"
          state={state}
          defaultValue={regime.code}
          maxLength={80}
          required
          readOnly={Boolean(regime.id)}
        />
        <Field id={id("name")} name="name" label="Tên chế độ báo cáo" state={state} defaultValue={regime.name} maxLength={200} required />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          id={id("kind")}
          name="kind"
          label="Loại"
          state={state}
          defaultValue={regime.kind}
          options={[
            { value: "SITUATION", label: "Tình hình nhân dân" },
            { value: "BLOC_WORK", label: "Công tác của khối" },
          ]}
        />
        <SelectField id={id("period")} name="periodType" label="Kỳ báo cáo" state={state} defaultValue={regime.periodType} options={PERIODS} />
        <SelectField
          id={id("level")}
          name="reporterLevel"
          label="Cấp báo cáo (gửi đơn vị cấp trên)"
          state={state}
          defaultValue={regime.reporterLevel}
          options={[
            { value: "COMMUNE", label: "Cấp xã" },
            { value: "DISTRICT", label: "Cấp huyện" },
          ]}
        />
      </div>
      <fieldset className="space-y-2 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Kỳ số liệu</legend>
        <SelectField
          id={id("window")}
          name="windowRule"
          label="Cách tính"
          state={state}
          defaultValue={regime.windowRule}
          options={WINDOWS}
          onChange={(e) => setRule(e.currentTarget.value)}
        />
        {rule === "CUSTOM" ? (
          <div className="grid items-end gap-3 sm:grid-cols-3">
            <Field
              id={id("fromDay")}
              name="windowFromDay"
              label="Từ ngày"
              type="number"
              min={1}
              max={28}
              state={state}
              defaultValue={regime.windowFromDay ? String(regime.windowFromDay) : ""}
            />
            <label className="flex items-center gap-2 pb-2 text-sm">
              <input
                type="checkbox"
                name="windowFromPrevMonth"
                defaultChecked={state.values ? state.values.windowFromPrevMonth === "on" : regime.windowFromPrevMonth}
                className="h-5 w-5"
              />
              của tháng trước kỳ
            </label>
            <Field
              id={id("toDay")}
              name="windowToDay"
              label="Đến ngày chốt (của tháng cuối kỳ; để trống: ngày cuối tháng)"
              type="number"
              min={1}
              max={31}
              state={state}
              defaultValue={regime.windowToDay ? String(regime.windowToDay) : ""}
            />
          </div>
        ) : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={id("rule")}
          name="deadlineRuleCode"
          label="Quy tắc tính hạn gửi"
          state={state}
          defaultValue={regime.deadlineRuleCode}
          options={rules}
        />
        <Field id={id("startsOn")} name="startsOn" label="Áp dụng từ ngày" type="date" state={state} defaultValue={regime.startsOn} required />
      </div>
      <Field id={id("ontime")} name="onTimeRule" label="Cách tính đúng hạn" state={state} defaultValue={regime.onTimeRule} maxLength={300} required />
      <Field id={id("basis")} name="legalBasis" label="Căn cứ" state={state} defaultValue={regime.legalBasis} maxLength={300} required />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={state.values ? state.values.active === "on" : regime.active} className="h-5 w-5" />
        Đang áp dụng
      </label>
      <SubmitButton>{regime.id ? "Lưu phiên bản mới" : "Thêm chế độ"}</SubmitButton>
    </form>
  );
}

export function TopicForm({ topic }: { topic: { id: string; code: string; name: string; sortOrder: number; active: boolean } }) {
  const [state, action] = useActionState(saveTopicAction, INITIAL_RESULT);
  const id = (n: string) => `${topic.id || "new"}-t-${n}`;
  return (
    <form
      action={action}
      className="grid items-end gap-2 sm:grid-cols-[15rem_1fr_6rem_auto_auto]"
      noValidate
      aria-label={topic.id ? `Sửa lĩnh vực ${topic.name}` : "Thêm lĩnh vực"}
    >
      <div className="sm:col-span-5">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="topicId" value={topic.id} />
      <Field id={id("code")} name="code" label="Mã" state={state} defaultValue={topic.code} maxLength={40} required />
      <Field id={id("name")} name="name" label="Tên lĩnh vực" state={state} defaultValue={topic.name} maxLength={200} required />
      <Field id={id("order")} name="sortOrder" label="Thứ tự" type="number" min={1} max={999} state={state} defaultValue={String(topic.sortOrder)} required />
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={state.values ? state.values.active === "on" : topic.active} className="h-5 w-5" />
        Đang dùng
      </label>
      <SubmitButton tone={topic.id ? "secondary" : "primary"}>{topic.id ? "Lưu" : "Thêm"}</SubmitButton>
    </form>
  );
}
