"use client";
// The yearly supervision plan (rows added as needed) and its approval.
import { useActionState, useState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { approvePlanAction, savePlanAction } from "@/lib/supervision/actions";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { type Option, SUPERVISION_FORMS, CRITICISM_FORMS, input, err, RowError } from "./form-parts";

export type PlanItem = { id: string; kind: string; form: string; subject: string; content: string; intendedTime: string; leadOrganisationId: string };

export function PlanForm({
  unitId,
  year,
  version,
  items,
  organisations,
}: {
  unitId: string;
  year: number;
  version: number;
  items: PlanItem[];
  organisations: Option[];
}) {
  const [state, action] = useActionState(savePlanAction, INITIAL_RESULT);
  const blank = (): PlanItem => ({ id: "", kind: "SUPERVISION", form: "", subject: "", content: "", intendedTime: "", leadOrganisationId: "" });
  const [rows, setRows] = useState<PlanItem[]>(items.length ? items : [blank()]);
  const v = (n: number, f: keyof PlanItem) => (state.values?.[`item_${n}_${f}`] as string | undefined) ?? rows[n]?.[f] ?? "";
  return (
    <form action={action} className="space-y-3" noValidate aria-label={`Kế hoạch giám sát, phản biện năm ${year}`}>
      <FormMessage state={state} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <ol className="space-y-3">
        {rows.map((row, n) => (
          <li key={n} className="space-y-2 rounded border border-slate-200 p-3">
            <input type="hidden" name={`item_${n}_id`} value={row.id} />
            <p className="text-sm font-semibold">Nội dung {n + 1}</p>
            <div className="grid gap-2 sm:grid-cols-3">
              <label className="text-sm">
                Loại
                <select key={v(n, "kind")} name={`item_${n}_kind`} defaultValue={v(n, "kind")} className={input}>
                  <option value="SUPERVISION">Giám sát</option>
                  <option value="CRITICISM">Phản biện xã hội</option>
                </select>
              </label>
              <label className="text-sm">
                Hình thức
                <select
                  key={v(n, "form")}
                  name={`item_${n}_form`}
                  defaultValue={v(n, "form")}
                  className={input}
                  aria-invalid={err(state, `item_${n}_form`) ? true : undefined}
                  aria-describedby={`item-${n}-form-e`}
                >
                  <option value="">— Chọn —</option>
                  <optgroup label="Giám sát">
                    {SUPERVISION_FORMS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="Phản biện xã hội">
                    {CRITICISM_FORMS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                </select>
                <RowError state={state} name={`item_${n}_form`} id={`item-${n}-form-e`} />
              </label>
              <label className="text-sm">
                Tổ chức chủ trì
                <select
                  key={v(n, "leadOrganisationId")}
                  name={`item_${n}_leadOrganisationId`}
                  defaultValue={v(n, "leadOrganisationId")}
                  className={input}
                  aria-invalid={err(state, `item_${n}_leadOrganisationId`) ? true : undefined}
                  aria-describedby={`item-${n}-lead-e`}
                >
                  <option value="">— Chọn —</option>
                  {organisations.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
                <RowError state={state} name={`item_${n}_leadOrganisationId`} id={`item-${n}-lead-e`} />
              </label>
            </div>
            <div className="grid gap-2 sm:grid-cols-[1fr_10rem]">
              <label className="text-sm">
                Đối tượng
                <input name={`item_${n}_subject`} defaultValue={v(n, "subject")} maxLength={300} className={input} aria-describedby={`item-${n}-subject-e`} />
                <RowError state={state} name={`item_${n}_subject`} id={`item-${n}-subject-e`} />
              </label>
              <label className="text-sm">
                Thời gian dự kiến
                <input
                  name={`item_${n}_intendedTime`}
                  defaultValue={v(n, "intendedTime")}
                  maxLength={100}
                  placeholder="Quý III"
                  className={input}
                  aria-describedby={`item-${n}-time-e`}
                />
                <RowError state={state} name={`item_${n}_intendedTime`} id={`item-${n}-time-e`} />
              </label>
            </div>
            <label className="block text-sm">
              Nội dung
              <textarea
                name={`item_${n}_content`}
                defaultValue={v(n, "content")}
                maxLength={3000}
                rows={2}
                className={input}
                aria-describedby={`item-${n}-content-e`}
              />
              <RowError state={state} name={`item_${n}_content`} id={`item-${n}-content-e`} />
            </label>
            {!row.id ? (
              <button type="button" className="text-sm text-red-800 underline" onClick={() => setRows(rows.filter((_, i) => i !== n))}>
                Bỏ nội dung này
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <RowError state={state} name="items" id="items-e" />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm" onClick={() => setRows([...rows, blank()])}>
          Thêm nội dung
        </button>
        <SubmitButton>Lưu kế hoạch</SubmitButton>
      </div>
    </form>
  );
}

export function ApprovePlanForm({ planId, version }: { planId: string; version: number }) {
  const [state, action] = useActionState(approvePlanAction, INITIAL_RESULT);
  return (
    <form action={action} className="grid items-end gap-3 sm:grid-cols-4" noValidate aria-label="Ghi nhận phê duyệt kế hoạch">
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <Field name="approvalNumber" label="Số văn bản phê duyệt" state={state} defaultValue="" maxLength={60} required />
      <Field name="approvalDate" label="Ngày phê duyệt" type="date" state={state} defaultValue="" required />
      <Field name="approvalBody" label="Cơ quan phê duyệt" state={state} defaultValue="Đảng ủy xã" maxLength={200} required />
      <SubmitButton>Ghi nhận phê duyệt</SubmitButton>
    </form>
  );
}
