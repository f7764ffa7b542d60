-- CreateTable
CREATE TABLE "IssuingBody" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IssuingBody_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentRegister" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bodyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "startNumber" INTEGER NOT NULL DEFAULT 1,
    "nextNumber" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DocumentRegister_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "IssuingBody" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegisterEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "issuedOn" DATETIME NOT NULL,
    "summary" TEXT NOT NULL,
    "signerName" TEXT NOT NULL DEFAULT '',
    "signerPost" TEXT NOT NULL DEFAULT '',
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ISSUED',
    "voidReason" TEXT,
    "voidedAt" DATETIME,
    "voidedById" TEXT,
    "issuedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RegisterEntry_registerId_fkey" FOREIGN KEY ("registerId") REFERENCES "DocumentRegister" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "IssuingBody_unitId_kind_key" ON "IssuingBody"("unitId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRegister_bodyId_year_kind_key" ON "DocumentRegister"("bodyId", "year", "kind");

-- CreateIndex
CREATE INDEX "RegisterEntry_entityType_entityId_idx" ON "RegisterEntry"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "RegisterEntry_registerId_number_key" ON "RegisterEntry"("registerId", "number");
