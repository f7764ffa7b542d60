import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/time/business-date";
import { UNIT_TYPE_LABEL } from "@/lib/units/labels";
import type { UnitType, UnitLevel } from "@/generated/prisma/sqlite/enums";

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  type: UnitType;
  level: UnitLevel;
  validFrom: Date;
  validTo: Date | null;
  childCount?: number;
}

const hrefOf = (u: UnitRow, query: string) => `${u.level === "DISTRICT" ? "/districts" : "/communes"}/${u.code}${query}`;

/** The units under one parent on the viewing date. */
export function UnitTable({ caption, units, query, childLabel }: { caption: string; units: UnitRow[]; query: string; childLabel?: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Mã</Th>
          <Th>Tên đơn vị</Th>
          <Th>Loại</Th>
          {childLabel ? <Th className="text-right">{childLabel}</Th> : null}
          <Th className="hidden sm:table-cell">Hiệu lực</Th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.id}>
            <Td className="tabular-nums text-slate-600">{u.code}</Td>
            <Td>
              <Link href={hrefOf(u, query)} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                {u.name}
              </Link>
            </Td>
            <Td>{UNIT_TYPE_LABEL[u.type]}</Td>
            {childLabel ? <Td className="text-right tabular-nums">{u.childCount ?? 0}</Td> : null}
            <Td className="hidden text-slate-600 sm:table-cell">
              từ {formatDate(u.validFrom)}
              {u.validTo ? ` đến ${formatDate(u.validTo)}` : ""}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
