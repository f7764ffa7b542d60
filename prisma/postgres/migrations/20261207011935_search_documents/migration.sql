-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "unitPath" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "folded" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchDocument_unitPath_idx" ON "SearchDocument"("unitPath");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_kind_recordId_key" ON "SearchDocument"("kind", "recordId");
