-- CreateTable
CREATE TABLE "ModelRecognition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "modelId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "issuedOn" DATETIME NOT NULL,
    "recognisedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModelRecognition_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "SkilfulModel" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelRecognition_modelId_level_key" ON "ModelRecognition"("modelId", "level");
