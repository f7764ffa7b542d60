// Rows inserted in one statement, the same SQL on SQLite and PostgreSQL, for the hottest write (a meeting
// with its attendance, agenda items, new tasks and their audit events: decision 0017). A model `create` of
// the client builds each statement from its query plan, about 0.1–0.2 ms apiece; one multi-row INSERT
// replaces several. The values are bound as parameters: each driver adapter maps them as it maps a model
// write's (dates in the same text on SQLite, booleans as 0/1, enums as text PostgreSQL casts), so the rows
// read back through the client exactly as if it had written them (tests/integration/meetings.test.ts).
// Columns the schema fills by default must be given here: ids (`newId`), timestamps, defaults.
import { randomBytes, randomInt } from "node:crypto";
import { Prisma } from "../generated/prisma/sqlite/client";
import type { Db, Tx } from "./db";

let counter = randomInt(0, 36 ** 4);

/**
 * A new row id shaped like the client's `cuid()` ids (25 characters, `c`, the time, a counter, randomness),
 * so that ids of rows written either way sort the same way by time of creation.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  return `c${Date.now().toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36).padStart(12, "0").slice(-12)}`;
}

const quoted = (name: string) => {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`Not a table or column name: ${name}`);
  return `"${name}"`;
};

/**
 * One INSERT of `rows` (at least one) into `table`, with every column of the model: `fields` is the
 * client's own list of them (`Prisma.<Model>ScalarFieldEnum`), so a row that lacks a column added to the
 * schema does not compile. A null value is written as NULL.
 */
export function insertRows<C extends string>(tx: Tx | Db, table: string, fields: Readonly<Record<string, C>>, rows: Record<C, unknown>[]) {
  if (!rows.length) throw new Error(`No rows to insert into ${table}`);
  const columns = Object.values(fields);
  const head = Prisma.raw(`INSERT INTO ${quoted(table)} (${columns.map(quoted).join(", ")}) VALUES `);
  const values = Prisma.join(rows.map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => row[c] ?? null))})`));
  return tx.$executeRaw`${head}${values}`;
}
