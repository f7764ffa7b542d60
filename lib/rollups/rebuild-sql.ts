// The rollups recomputed by the database itself, one INSERT … SELECT … GROUP BY per table: what
// `npm run db:rollups:rebuild` and the data generator write (a national-scale rebuild reads millions of
// rows; streaming them through the ORM would take minutes). `recomputeRollups` (rebuild.ts) is a second,
// independent implementation in TypeScript; the check compares the maintained rows with it, and the
// integration tests require a SQL rebuild to equal it.
import { HELD_FAMILY } from "../meetings/rules";
import { CLOSED_TASK } from "../tasks/rules";
import { PENDING_TASK } from "../tasks/rules";
import type { DatabaseKind } from "../database-url";
import type { RollupTable } from "./recompute";

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");

/** SQL per dialect for what differs: dates are ISO text in SQLite ("2018-08-13T00:00:00.000+00:00"). */
function dialect(kind: DatabaseKind) {
  return kind === "sqlite"
    ? {
        monthKey: (x: string) => `(CAST(substr(${x}, 1, 4) AS INTEGER) * 100 + CAST(substr(${x}, 6, 2) AS INTEGER))`,
        monthStart: (x: string) => `(substr(${x}, 1, 7) || '-01T00:00:00.000+00:00')`,
        // A full scan: through the status index SQLite reads the rows in random order (twice as slow at national scale).
        scan: (table: string) => `"${table}" NOT INDEXED`,
      }
    : {
        monthKey: (x: string) => `CAST(EXTRACT(YEAR FROM ${x}) * 100 + EXTRACT(MONTH FROM ${x}) AS INTEGER)`,
        monthStart: (x: string) => `date_trunc('month', ${x})`,
        scan: (table: string) => `"${table}"`,
      };
}

/** Each unit with itself and its ancestors (units are at most three levels deep: province, district, commune). */
const LINES = `SELECT "id" AS "unitId", "id" AS "areaId" FROM "Unit"
  UNION ALL SELECT "id", "parentId" FROM "Unit" WHERE "parentId" IS NOT NULL
  UNION ALL SELECT c."id", p."parentId" FROM "Unit" c JOIN "Unit" p ON p."id" = c."parentId" WHERE p."parentId" IS NOT NULL`;

export function rebuildStatements(kind: DatabaseKind): Record<RollupTable, string> {
  const d = dialect(kind);
  const answered = `CASE WHEN "status" = 'ANSWERED' THEN 1 ELSE 0 END`;
  const onTime = `CASE WHEN "status" = 'ANSWERED' AND "respondedOn" IS NOT NULL AND "respondedOn" <= "dueOn" THEN 1 ELSE 0 END`;
  const form = (f: string) => `CASE WHEN "form" = '${f}' THEN 1 ELSE 0 END`;
  return {
    meetingWeek: `INSERT INTO "MeetingWeekRollup" ("unitId", "weekStart", "held")
      SELECT "unitId", "weekStart", COUNT(*) FROM ${d.scan("Meeting")} WHERE "status" IN (${list(HELD_FAMILY)}) GROUP BY "unitId", "weekStart"`,
    taskDue: `INSERT INTO "TaskDueRollup" ("unitId", "dueOn", "pending", "reported")
      SELECT "unitId", "dueOn", SUM(CASE WHEN "status" IN (${list(PENDING_TASK)}) THEN 1 ELSE 0 END), SUM(CASE WHEN "status" IN (${list(PENDING_TASK)}) THEN 0 ELSE 1 END)
      FROM "Task" WHERE "status" NOT IN (${list(CLOSED_TASK)}) GROUP BY "unitId", "dueOn"`,
    recommendationDue: `INSERT INTO "RecommendationDueRollup" ("unitId", "dueOn", "open")
      SELECT "unitId", "dueOn", COUNT(*) FROM "Recommendation" WHERE "status" = 'OPEN' GROUP BY "unitId", "dueOn"`,
    supervisionMonth: `INSERT INTO "SupervisionMonthRollup" ("unitId", "month", "documents", "delegation", "communityBoard", "joint", "sent", "answered", "answeredOnTime")
      SELECT "unitId", "m", SUM("documents"), SUM("delegation"), SUM("communityBoard"), SUM("joint"), SUM("sent"), SUM("answered"), SUM("answeredOnTime") FROM (
        SELECT "unitId", ${d.monthStart(`"sentOn"`)} AS "m", 0 AS "documents", 0 AS "delegation", 0 AS "communityBoard", 0 AS "joint", 1 AS "sent", ${answered} AS "answered", ${onTime} AS "answeredOnTime" FROM "Recommendation"
        UNION ALL
        SELECT "unitId", ${d.monthStart(`"startOn"`)}, ${form("DOCUMENTS")}, ${form("DELEGATION")}, ${form("COMMUNITY_BOARD")}, ${form("JOINT")}, 0, 0, 0 FROM "SupervisionActivity" WHERE "status" <> 'CANCELLED'
      ) f GROUP BY "unitId", "m"`,
    areaMonth: `INSERT INTO "AreaMonthRollup" ("unitId", "month", "held", "communesMeeting", "tasksAssigned", "recSent", "recAnswered", "recAnsweredOnTime")
      WITH "lines" AS (${LINES}),
      "own" AS (
        SELECT "unitId", "m", SUM("held") AS "held", SUM("tasks") AS "tasks", SUM("sent") AS "sent", SUM("answered") AS "answered", SUM("onTime") AS "onTime" FROM (
          SELECT "unitId", ${d.monthKey(`"heldOn"`)} AS "m", 1 AS "held", 0 AS "tasks", 0 AS "sent", 0 AS "answered", 0 AS "onTime" FROM ${d.scan("Meeting")} WHERE "status" IN (${list(HELD_FAMILY)})
          UNION ALL SELECT "unitId", ${d.monthKey(`"assignedOn"`)}, 0, 1, 0, 0, 0 FROM "Task"
          UNION ALL SELECT "unitId", ${d.monthKey(`"sentOn"`)}, 0, 0, 1, ${answered}, ${onTime} FROM "Recommendation"
        ) f GROUP BY "unitId", "m"
      )
      SELECT l."areaId", o."m", SUM(o."held"), SUM(CASE WHEN u."level" = 'COMMUNE' AND o."held" > 0 THEN 1 ELSE 0 END), SUM(o."tasks"), SUM(o."sent"), SUM(o."answered"), SUM(o."onTime")
      FROM "own" o JOIN "lines" l ON l."unitId" = o."unitId" JOIN "Unit" u ON u."id" = o."unitId"
      GROUP BY l."areaId", o."m"`,
    reportPeriod: `INSERT INTO "ReportPeriodRollup" ("unitId", "regimeId", "periodKey", "reporterLevel", "submitted", "onTime")
      WITH "lines" AS (${LINES})
      SELECT l."areaId", r."regimeId", r."periodKey", CAST(u."level" AS TEXT), COUNT(*), SUM(CASE WHEN r."firstSubmittedOn" <= r."dueOn" THEN 1 ELSE 0 END)
      FROM "Report" r JOIN "lines" l ON l."unitId" = r."unitId" JOIN "Unit" u ON u."id" = r."unitId"
      WHERE r."firstSubmittedOn" IS NOT NULL
      GROUP BY l."areaId", r."regimeId", r."periodKey", u."level"`,
  };
}
