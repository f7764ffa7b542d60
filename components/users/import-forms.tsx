"use client";
import { useActionState } from "react";
import { INITIAL_RESULT } from "@/lib/actions/result";
import { confirmImportAction, discardImportAction } from "@/lib/users/actions";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { Table, Td, Th } from "@/components/ui/table";

export function ConfirmImportForm({ importId, count }: { importId: string; count: number }) {
  const [state, action] = useActionState(confirmImportAction, INITIAL_RESULT);
  const [discardState, discard] = useActionState(discardImportAction, INITIAL_RESULT);
  if (state.ok && state.table) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <Table caption={state.table.caption}>
          <thead>
            <tr>
              {state.table.header.map((h) => (
                <Th key={h}>{h}</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.table.rows.map((r) => (
              <tr key={r[0]}>
                {r.map((c, i) => (
                  <Td key={i} className={i === 2 ? "font-mono" : ""}>
                    {c}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-3">
      <form action={action} className="space-y-2">
        <FormMessage state={state} />
        <input type="hidden" name="importId" value={importId} />
        <SubmitButton>Tạo {count} tài khoản</SubmitButton>
      </form>
      <form action={discard} className="space-y-2">
        <FormMessage state={discardState} />
        <input type="hidden" name="importId" value={importId} />
        <SubmitButton tone="secondary">Hủy tệp này</SubmitButton>
      </form>
    </div>
  );
}
