const TONES = {
  info: "border-sky-300 bg-sky-50 text-sky-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-300 bg-red-50 text-red-900",
} as const;

/** A message box; `error` and `warning` are announced to screen readers. */
export function Notice({ tone = "info", children }: { tone?: keyof typeof TONES; children: React.ReactNode }) {
  return (
    <div role={tone === "info" ? "status" : "alert"} className={`rounded border px-4 py-3 text-sm ${TONES[tone]}`}>
      {children}
    </div>
  );
}
