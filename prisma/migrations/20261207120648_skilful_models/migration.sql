-- CreateTable
CREATE TABLE "SkilfulModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "organisationId" TEXT,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "targetGroup" TEXT NOT NULL,
    "participants" TEXT NOT NULL,
    "startOn" DATETIME NOT NULL,
    "goals" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REGISTERED',
    "continuesId" TEXT,
    "submissionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SkilfulModel_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SkilfulModel_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SkilfulModel_continuesId_fkey" FOREIGN KEY ("continuesId") REFERENCES "SkilfulModel" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelEvidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "modelId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModelEvidence_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "SkilfulModel" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ModelEvidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SkilfulModel_submissionId_key" ON "SkilfulModel"("submissionId");

-- CreateIndex
CREATE INDEX "SkilfulModel_year_unitId_idx" ON "SkilfulModel"("year", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SkilfulModel_unitId_year_name_key" ON "SkilfulModel"("unitId", "year", "name");

-- CreateIndex
CREATE INDEX "ModelEvidence_modelId_idx" ON "ModelEvidence"("modelId");
