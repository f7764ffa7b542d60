// A document's number from its body's register, with the numbers voided on it, linking to the register.
import Link from "next/link";
import type { DocumentNumber } from "@/lib/registers/queries";

export function DocumentNumberLine({ number, unitId }: { number: DocumentNumber; unitId: string }) {
  if (!number.current && !number.voided.length) return null;
  const year = (number.current ?? number.voided[0]).issuedOn.getUTCFullYear();
  return (
    <span>
      {number.current ? (
        <>
          Số <strong>{number.current.label}</strong>
        </>
      ) : (
        "Chưa có số"
      )}
      {number.voided.length ? ` (số đã hủy: ${number.voided.map((v) => v.label).join(", ")})` : ""} ·{" "}
      <Link className="underline underline-offset-4" href={`/registers/${unitId}?year=${year}`}>
        sổ văn bản
      </Link>
    </span>
  );
}
