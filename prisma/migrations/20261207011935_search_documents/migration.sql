-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "unitPath" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "folded" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SearchDocument_unitPath_idx" ON "SearchDocument"("unitPath");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_kind_recordId_key" ON "SearchDocument"("kind", "recordId");
