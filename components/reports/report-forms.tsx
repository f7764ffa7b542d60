"use client";
// The report form (saved as the user goes, kept in the browser when the connection drops) and opening a
// period's report; report-moves.tsx has the moves of a report once written.
import { useActionState, useRef, useState } from "react";
import { LONG_TEXT } from "@/lib/limits";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { autosaveReportAction, openReportAction, saveReportAction } from "@/lib/reports/actions";
import { DraftNotices, DraftStatus, useDraft } from "@/components/forms/use-draft";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import { NO_CITIZEN, hasCitizen, type CitizenFields } from "@/lib/privacy/fields";

const input = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-base sm:text-sm";

export function OpenReportForm({
  regimeCode,
  unitId,
  periodKey,
  submissionId,
  label,
}: {
  regimeCode: string;
  unitId: string;
  periodKey: string;
  submissionId: string;
  label: string;
}) {
  const [state, action] = useActionState(openReportAction, INITIAL_RESULT);
  return (
    <form action={action} aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="regimeCode" value={regimeCode} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="periodKey" value={periodKey} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <SubmitButton tone="secondary">Lập báo cáo</SubmitButton>
    </form>
  );
}

type Issue = { topicId: string; description: string; location: string; scale: string; channel: string; hotSpot: boolean; handling: string } & CitizenFields;
type Rec = { content: string; addressee: string };

const CITIZEN_KEYS = ["citizenName", "citizenPhone", "citizenIdNumber", "citizenAddress"] as const;
const CITIZEN_INPUTS: [keyof CitizenFields, string, React.InputHTMLAttributes<HTMLInputElement>][] = [
  ["citizenName", "Họ tên", { maxLength: 120, autoComplete: "off" }],
  ["citizenPhone", "Số điện thoại", { maxLength: 20, inputMode: "tel", autoComplete: "off" }],
  ["citizenIdNumber", "Số CMND/CCCD", { maxLength: 20, inputMode: "numeric", autoComplete: "off" }],
  ["citizenAddress", "Địa chỉ", { maxLength: 300, autoComplete: "off" }],
];

interface ReportFormProps {
  reportId: string;
  version: number;
  generalMood: string;
  forecast: string;
  issues: Issue[];
  recommendations: Rec[];
  blocWork: { code: string; name: string; text: string }[];
  topics: { id: string; name: string }[];
}

export function ReportForm(props: ReportFormProps) {
  const [state, action] = useActionState(saveReportAction, INITIAL_RESULT);
  const formRef = useRef<HTMLFormElement>(null);
  const [issueRows, setIssueRows] = useState(props.issues.length + 1);
  const [recRows, setRecRows] = useState(props.recommendations.length + 1);
  const draft = useDraft({
    formRef,
    storageKey: `baocao:${props.reportId}`,
    id: props.reportId,
    version: props.version,
    submissionId: props.reportId,
    idField: "reportId",
    identity: ["reportId", "version"],
    autosave: autosaveReportAction,
    submitted: state,
  });
  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  return (
    <form
      ref={formRef}
      action={action}
      onChange={draft.onChange}
      onInput={draft.onChange}
      onSubmit={draft.cancelPending}
      className="space-y-5"
      noValidate
      aria-describedby="report-save-status"
    >
      <FormMessage state={state} />
      {state.fieldErrors?.issues ? (
        <p role="alert" className="text-sm text-red-700">
          Vấn đề: {state.fieldErrors.issues.join(" ")}
        </p>
      ) : null}
      {state.fieldErrors?.recommendations ? (
        <p role="alert" className="text-sm text-red-700">
          Kiến nghị: {state.fieldErrors.recommendations.join(" ")}
        </p>
      ) : null}
      <DraftNotices draft={draft} />
      <input type="hidden" name="reportId" value={props.reportId} />
      <input type="hidden" name="version" value={draft.currentVersion} />
      <TextAreaField
        name="generalMood"
        label="Tình hình chung, tâm trạng của nhân dân"
        state={state}
        defaultValue={props.generalMood}
        maxLength={LONG_TEXT}
        rows={3}
      />

      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 font-semibold">Các vấn đề nhân dân quan tâm, theo lĩnh vực</legend>
        {Array.from({ length: issueRows }, (_, n) => {
          const i = props.issues[n] ?? { topicId: "", description: "", location: "", scale: "", channel: "", hotSpot: false, handling: "", ...NO_CITIZEN };
          const f = (k: string) => `issue_${n}_${k}`;
          return (
            <div key={n} className="grid gap-2 rounded border border-slate-100 p-2 sm:grid-cols-2">
              <label className="text-sm">
                Lĩnh vực
                {/* Keyed by the echoed value: React's reset of an action form would otherwise put a select back to its first default. */}
                <select key={v(f("topicId"), i.topicId)} name={f("topicId")} defaultValue={v(f("topicId"), i.topicId)} className={input}>
                  <option value="">— Chọn —</option>
                  {props.topics.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-sm">
                Địa bàn (thôn, khu)
                <input name={f("location")} defaultValue={v(f("location"), i.location)} maxLength={200} className={input} />
              </label>
              <label className="text-sm sm:col-span-2">
                Nội dung
                <textarea name={f("description")} defaultValue={v(f("description"), i.description)} maxLength={5000} rows={2} className={input} />
              </label>
              <label className="text-sm">
                Quy mô
                <input name={f("scale")} defaultValue={v(f("scale"), i.scale)} maxLength={200} className={input} />
              </label>
              <label className="text-sm">
                Nguồn nắm tình hình
                <input
                  name={f("channel")}
                  defaultValue={v(f("channel"), i.channel)}
                  maxLength={200}
                  className={input}
                  placeholder="Hội nghị, phản ánh trực tiếp…"
                />
              </label>
              <label className="text-sm sm:col-span-2">
                Tình hình giải quyết
                <input name={f("handling")} defaultValue={v(f("handling"), i.handling)} maxLength={1000} className={input} />
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={f("hotSpot")} defaultChecked={i.hotSpot} className="h-5 w-5" />
                Điểm nóng
              </label>
              <details open={hasCitizen(i) || CITIZEN_KEYS.some((k) => v(f(k), "") !== "")} className="sm:col-span-2">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">Người dân liên quan (nếu có)</summary>
                <p className="text-xs text-slate-600">
                  Chỉ người làm việc với báo cáo (khối của xã, cán bộ thẩm định) xem đầy đủ; người theo dõi chung thấy họ tên viết tắt, số bị che bớt.
                </p>
                <div className="mt-1 grid gap-2 sm:grid-cols-2">
                  {CITIZEN_INPUTS.map(([k, label, extra]) => (
                    <label key={k} className="text-sm">
                      {label}
                      <input name={f(k)} defaultValue={v(f(k), i[k])} className={input} {...extra} />
                    </label>
                  ))}
                </div>
              </details>
            </div>
          );
        })}
        <button type="button" className="text-sm font-semibold text-brand-700 underline" onClick={() => setIssueRows((n) => Math.min(100, n + 1))}>
          Thêm vấn đề
        </button>
      </fieldset>

      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 font-semibold">Kiến nghị</legend>
        {Array.from({ length: recRows }, (_, n) => {
          const r = props.recommendations[n] ?? { content: "", addressee: "" };
          return (
            <div key={n} className="grid gap-2 sm:grid-cols-[2fr_1fr]">
              <label className="text-sm">
                Nội dung kiến nghị
                <textarea name={`rec_${n}_content`} defaultValue={v(`rec_${n}_content`, r.content)} maxLength={5000} rows={2} className={input} />
              </label>
              <label className="text-sm">
                Gửi tới
                <input
                  name={`rec_${n}_addressee`}
                  defaultValue={v(`rec_${n}_addressee`, r.addressee)}
                  maxLength={200}
                  className={input}
                  placeholder="UBND xã"
                />
              </label>
            </div>
          );
        })}
        <button type="button" className="text-sm font-semibold text-brand-700 underline" onClick={() => setRecRows((n) => Math.min(50, n + 1))}>
          Thêm kiến nghị
        </button>
      </fieldset>

      <TextAreaField name="forecast" label="Dự báo tình hình thời gian tới" state={state} defaultValue={props.forecast} maxLength={LONG_TEXT} rows={2} />

      <details className="rounded border border-slate-200 p-3" open>
        <summary className="cursor-pointer font-semibold">Công tác của khối (tổng hợp sẵn từ các cuộc giao ban và nhiệm vụ trong kỳ)</summary>
        <div className="mt-3 space-y-3">
          {props.blocWork.map((g) => (
            <TextAreaField
              key={g.code}
              id={`work-${g.code}`}
              name={`work_${g.code}`}
              label={g.name}
              state={state}
              defaultValue={g.text}
              maxLength={LONG_TEXT}
              rows={2}
            />
          ))}
        </div>
      </details>

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
        <SubmitButton>Lưu</SubmitButton>
        <DraftStatus draft={draft} id="report-save-status" />
      </div>
    </form>
  );
}
