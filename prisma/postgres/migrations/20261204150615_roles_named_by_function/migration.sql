-- Roles named by what people do, not by a level (decision 0020): the values are renamed first, so the
-- existing assignments keep their roles through the type change below.
ALTER TYPE "Role" RENAME VALUE 'PROVINCIAL_OFFICIAL' TO 'OVERVIEW';
ALTER TYPE "Role" RENAME VALUE 'DISTRICT_STAFF' TO 'REVIEWER';
ALTER TYPE "Role" RENAME VALUE 'COMMUNE_HEAD' TO 'BLOC_HEAD';

-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('OVERVIEW', 'REVIEWER', 'BLOC_HEAD', 'ORG_OFFICER', 'ADMIN');
ALTER TABLE "RoleAssignment" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
COMMIT;
