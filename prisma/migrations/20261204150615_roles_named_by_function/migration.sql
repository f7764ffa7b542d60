-- Roles named by what people do, not by a level (decision 0020). SQLite keeps enums as text: the
-- existing assignments are renamed in place, nothing else changes.
UPDATE "RoleAssignment" SET "role" = 'OVERVIEW' WHERE "role" = 'PROVINCIAL_OFFICIAL';
UPDATE "RoleAssignment" SET "role" = 'REVIEWER' WHERE "role" = 'DISTRICT_STAFF';
UPDATE "RoleAssignment" SET "role" = 'BLOC_HEAD' WHERE "role" = 'COMMUNE_HEAD';
