// Which database the integration suite runs against: TEST_DB=sqlite (default) or TEST_DB=postgres with
// TEST_POSTGRES_URL pointing at a server where the suite may create and drop databases.
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const TMP = path.join(ROOT, "tmp", "tests");
export const backend = (process.env.TEST_DB ?? "sqlite") as "sqlite" | "postgres";

export function postgresAdminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("TEST_DB=postgres needs TEST_POSTGRES_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres");
  return url;
}
