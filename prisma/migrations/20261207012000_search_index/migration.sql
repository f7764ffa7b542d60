-- Written by hand (docs/decisions/0036-search-across-records.md): the schema tool cannot write a full-text
-- table or triggers. An FTS5 index over SearchDocument."folded" (text already folded by the application, so
-- "đ" is "d"; FTS5's own diacritic removal does not fold "đ"), kept by triggers in the same statement as the
-- row. scripts/db/engine.ts lists "SearchFts" and its shadow tables as external, so the drift check accepts them.
CREATE VIRTUAL TABLE "SearchFts" USING fts5("folded", content='SearchDocument', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER "SearchDocument_fts_insert" AFTER INSERT ON "SearchDocument" BEGIN
  INSERT INTO "SearchFts"(rowid, "folded") VALUES (new."id", new."folded");
END;

CREATE TRIGGER "SearchDocument_fts_delete" AFTER DELETE ON "SearchDocument" BEGIN
  INSERT INTO "SearchFts"("SearchFts", rowid, "folded") VALUES ('delete', old."id", old."folded");
END;

CREATE TRIGGER "SearchDocument_fts_update" AFTER UPDATE OF "folded" ON "SearchDocument" BEGIN
  INSERT INTO "SearchFts"("SearchFts", rowid, "folded") VALUES ('delete', old."id", old."folded");
  INSERT INTO "SearchFts"(rowid, "folded") VALUES (new."id", new."folded");
END;
