-- Written by hand (docs/decisions/0036-search-across-records.md): the schema tool cannot write a full-text
-- index table, function or trigger. A tsvector of SearchDocument."folded" (text already folded by the
-- application: no accents, "đ" as "d") under the 'simple' configuration (no stemming, no stop words: the words
-- are Vietnamese syllables), with a GIN index, kept by a trigger in the same statement as the row. A deleted
-- row takes its vector with it. scripts/db/engine.ts lists "SearchFts" as external, so the drift check accepts it.
-- The driver runs a script statement by statement, cutting at every semicolon (comments included): the
-- function body therefore writes its semicolons as \073 in an escaped string.
CREATE TABLE "SearchFts" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "SearchDocument"("id") ON DELETE CASCADE,
    "tsv" tsvector NOT NULL
);

CREATE INDEX "SearchFts_tsv_idx" ON "SearchFts" USING GIN ("tsv");

CREATE FUNCTION "search_fts_sync"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "SearchFts" ("id", "tsv") VALUES (NEW."id", to_tsvector(''simple'', NEW."folded")) ON CONFLICT ("id") DO UPDATE SET "tsv" = EXCLUDED."tsv"\073 RETURN NEW\073 END';

CREATE TRIGGER "SearchDocument_fts" AFTER INSERT OR UPDATE OF "folded" ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION "search_fts_sync"();
