export function PageHeader({ title, kicker, children }: { title: string; kicker?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="mb-5 space-y-1">
      {kicker ? <p className="text-sm text-slate-600">{kicker}</p> : null}
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      {children}
    </div>
  );
}
