// The reference data seed: units and lineage, the organisation catalogue and each commune's
// organisations, the work groups and the legal documents. Idempotent and additive: it creates what is
// missing, corrects what differs from the data, and never deletes (a second run changes nothing).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db";
import type { Prisma } from "../../generated/prisma/sqlite/client";
import { AFFILIATIONS, ORGANISATION_TYPES } from "./catalogue";
import { seedBlocReference } from "./blocs";
import { seedAgencyOrganisations } from "./agencies";
import { seedCalendar } from "./calendar";
import { seedReporting } from "./reporting";
import { planReferenceUnits, type Data2018, type Data2025, type PlannedUnit } from "./reference-plan";
import { UNIT_TYPE_LABEL } from "../../lib/units/labels";
import { parseIsoDate } from "../../lib/time/business-date";

const DATA_DIR = path.resolve(import.meta.dirname, "..", "data");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8")) as T;

interface BlocModels {
  legalBasis: { number: string; issuedAt: string; issuer: string; family: "PARTY" | "STATE" | "FRONT"; title: string; target?: string }[];
  workGroups: { key: string; name: string }[];
}

export interface SeedReport {
  created: number;
  updated: number;
}

const sameDate = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());
const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

async function seedUnits(db: Db, report: SeedReport) {
  const { units, lineage } = planReferenceUnits(readJson<Data2018>("quang-ninh-2018.json"), readJson<Data2025>("quang-ninh-2025.json"));
  const existing = new Map((await db.unit.findMany()).map((u) => [`${u.code}@${u.validFrom.toISOString().slice(0, 10)}`, u]));
  const resolved = new Map<string, { id: string; path: string }>();
  const creates: Prisma.UnitCreateManyInput[] = [];
  const updates: ReturnType<Db["unit"]["update"]>[] = [];

  // Parents come before children in the plan, so each parent's path is known when its children need it.
  for (const u of units as PlannedUnit[]) {
    const parent = u.parentKey ? resolved.get(u.parentKey) : undefined;
    if (u.parentKey && !parent) throw new Error(`parent ${u.parentKey} of ${u.key} not planned before it`);
    const row = existing.get(u.key);
    const id = row?.id ?? randomUUID();
    const unitPath = `${parent?.path ?? "/"}${id}/`;
    resolved.set(u.key, { id, path: unitPath });
    const wanted = {
      code: u.code,
      name: u.name,
      type: u.type,
      level: u.level,
      parentId: parent?.id ?? null,
      path: unitPath,
      searchText: u.searchText,
      validFrom: u.validFrom,
      validTo: u.validTo,
      source: u.source,
    };
    if (!row) {
      creates.push({ id, ...wanted });
    } else if (
      row.name !== wanted.name ||
      row.type !== wanted.type ||
      row.level !== wanted.level ||
      row.parentId !== wanted.parentId ||
      row.path !== wanted.path ||
      row.searchText !== wanted.searchText ||
      !sameDate(row.validTo, wanted.validTo) ||
      row.source !== wanted.source
    ) {
      updates.push(db.unit.update({ where: { id }, data: wanted }));
    }
  }
  for (const part of chunks(creates)) await db.unit.createMany({ data: part });
  if (updates.length) await db.$transaction(updates);
  report.created += creates.length;
  report.updated += updates.length;

  const links = new Map((await db.unitLineage.findMany()).map((l) => [`${l.predecessorId}>${l.successorId}`, l]));
  const newLinks = [];
  const changedLinks = [];
  for (const l of lineage) {
    const predecessorId = resolved.get(l.predecessorKey)!.id;
    const successorId = resolved.get(l.successorKey)!.id;
    const row = links.get(`${predecessorId}>${successorId}`);
    const wanted = { predecessorId, successorId, whole: l.whole, effectiveFrom: l.effectiveFrom, legalBasis: l.legalBasis };
    if (!row) newLinks.push(wanted);
    else if (row.whole !== l.whole || !sameDate(row.effectiveFrom, l.effectiveFrom) || row.legalBasis !== l.legalBasis)
      changedLinks.push(db.unitLineage.update({ where: { id: row.id }, data: wanted }));
  }
  for (const part of chunks(newLinks)) await db.unitLineage.createMany({ data: part });
  if (changedLinks.length) await db.$transaction(changedLinks);
  report.created += newLinks.length;
  report.updated += changedLinks.length;
}

async function seedOrganisations(db: Db, report: SeedReport) {
  const types = new Map((await db.organisationType.findMany()).map((t) => [t.code, t]));
  const typeWrites = [];
  for (const [sortOrder, t] of ORGANISATION_TYPES.entries()) {
    const row = types.get(t.code);
    const wanted = { ...t, sortOrder };
    if (!row) typeWrites.push(db.organisationType.create({ data: wanted }));
    else if (
      row.name !== t.name ||
      row.shortName !== t.shortName ||
      row.kind !== t.kind ||
      row.blocMember !== t.blocMember ||
      row.seededForAll !== t.seededForAll ||
      row.sortOrder !== sortOrder
    )
      typeWrites.push(db.organisationType.update({ where: { id: row.id }, data: wanted }));
    else continue;
    if (row) report.updated++;
    else report.created++;
  }
  if (typeWrites.length) await db.$transaction(typeWrites);
  await seedAffiliations(db, report);

  const seededTypes = await db.organisationType.findMany({ where: { seededForAll: true } });
  const communes = await db.unit.findMany({ where: { level: "COMMUNE" }, select: { id: true, type: true, name: true, validFrom: true, validTo: true } });
  const existing = new Map(
    (await db.organisation.findMany({ select: { unitId: true, typeId: true, validFrom: true } })).map((o) => [
      `${o.unitId}|${o.typeId}|${o.validFrom.getTime()}`,
      true,
    ]),
  );
  const creates = [];
  for (const unit of communes) {
    for (const type of seededTypes) {
      if (existing.has(`${unit.id}|${type.id}|${unit.validFrom.getTime()}`)) continue;
      creates.push({
        unitId: unit.id,
        typeId: type.id,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        name: `${type.name} ${UNIT_TYPE_LABEL[unit.type]} ${unit.name}`,
      });
    }
  }
  for (const part of chunks(creates)) await db.organisation.createMany({ data: part });
  report.created += creates.length;
}

async function seedAffiliations(db: Db, report: SeedReport) {
  const types = await db.organisationType.findMany();
  const existing = new Map((await db.organisationAffiliation.findMany()).map((a) => [`${a.memberTypeId}|${a.parentTypeId}|${a.validFrom.getTime()}`, a]));
  for (const a of AFFILIATIONS) {
    const parent = types.find((t) => t.code === a.parentCode);
    if (!parent) throw new Error(`Organisation type ${a.parentCode} missing from the catalogue`);
    const validFrom = parseIsoDate(a.validFrom)!;
    for (const member of types.filter((t) => t.kind === a.memberKind)) {
      const row = existing.get(`${member.id}|${parent.id}|${validFrom.getTime()}`);
      if (!row) {
        await db.organisationAffiliation.create({ data: { memberTypeId: member.id, parentTypeId: parent.id, validFrom, legalBasis: a.legalBasis } });
        report.created++;
      } else if (row.legalBasis !== a.legalBasis) {
        await db.organisationAffiliation.update({ where: { id: row.id }, data: { legalBasis: a.legalBasis } });
        report.updated++;
      }
    }
  }
}

async function seedCatalogues(db: Db, report: SeedReport) {
  const models = readJson<BlocModels>("bloc-models-2018.json");
  const groups = new Map((await db.workGroup.findMany()).map((g) => [g.code, g]));
  for (const [i, g] of models.workGroups.entries()) {
    const row = groups.get(g.key);
    if (!row) {
      await db.workGroup.create({ data: { code: g.key, name: g.name, sortOrder: i + 1 } });
      report.created++;
    } else if (row.name !== g.name || row.sortOrder !== i + 1) {
      await db.workGroup.update({ where: { id: row.id }, data: { name: g.name, sortOrder: i + 1 } });
      report.updated++;
    }
  }
  const documents = [
    ...models.legalBasis.map((d) => ({ ...d, source: "bloc-models-2018.json (Báo Quảng Ninh, 13/08/2018)" })),
    {
      number: "1679/NQ-UBTVQH15",
      issuedAt: "2025-06-16",
      issuer: "Ủy ban Thường vụ Quốc hội",
      family: "STATE" as const,
      title: "Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Ninh năm 2025",
      source: "quang-ninh-2025.json",
    },
  ];
  const existing = new Map((await db.legalDocument.findMany()).map((d) => [d.number, d]));
  for (const d of documents) {
    const wanted = {
      number: d.number,
      title: d.title,
      issuer: d.issuer,
      family: d.family,
      issuedAt: parseIsoDate(d.issuedAt)!,
      target: "target" in d ? (d.target ?? null) : null,
      source: d.source,
    };
    const row = existing.get(d.number);
    if (!row) {
      await db.legalDocument.create({ data: wanted });
      report.created++;
    } else if (
      row.title !== wanted.title ||
      row.issuer !== wanted.issuer ||
      row.family !== wanted.family ||
      !sameDate(row.issuedAt, wanted.issuedAt) ||
      row.target !== wanted.target ||
      row.source !== wanted.source
    ) {
      await db.legalDocument.update({ where: { id: row.id }, data: wanted });
      report.updated++;
    }
  }
}

export async function seedReference(db: Db): Promise<SeedReport> {
  const report: SeedReport = { created: 0, updated: 0 };
  await seedUnits(db, report);
  await seedOrganisations(db, report);
  await seedAgencyOrganisations(db, report);
  await seedCatalogues(db, report);
  await seedBlocReference(db, report);
  await seedCalendar(db, report);
  await seedReporting(db, report);
  return report;
}
