// What a record says of its hand-over: on the closed unit's pages "handed over to X on D", on the successor's
// "received from Y on D", on the item's own page both; each unit named links to its page (a closed unit's as of its last day).
import Link from "next/link";
import type { HandOverFact } from "@/lib/handover/queries";
import { formatDate } from "@/lib/time/business-date";
import { unitPageHref, unitTitle } from "@/lib/units/labels";

function UnitLink({ unit }: { unit: HandOverFact["from"] }) {
  return (
    <Link className="text-brand-700 underline" href={unitPageHref(unit)}>
      {unitTitle(unit)}
    </Link>
  );
}

export function HandOverNote({
  fact,
  side,
  className = "text-xs text-slate-600",
}: {
  fact: HandOverFact;
  side: "handed" | "received" | "both";
  className?: string;
}) {
  const when = `ngày ${formatDate(fact.appliedOn)}`;
  if (side === "handed")
    return (
      <span className={`block ${className}`}>
        Đã bàn giao cho <UnitLink unit={fact.to} /> {when} (sắp xếp đơn vị từ {formatDate(fact.effectiveOn)}).
      </span>
    );
  if (side === "received")
    return (
      <span className={`block ${className}`}>
        Nhận bàn giao từ <UnitLink unit={fact.from} /> {when}.
      </span>
    );
  return (
    <span className={`block ${className}`}>
      Bàn giao do sắp xếp đơn vị từ {formatDate(fact.effectiveOn)}: <UnitLink unit={fact.from} /> bàn giao cho <UnitLink unit={fact.to} /> {when}; lịch sử trước
      đó vẫn ở đơn vị cũ.
    </span>
  );
}
