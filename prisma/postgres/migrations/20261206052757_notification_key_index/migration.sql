-- CreateIndex
CREATE INDEX "Notification_key_idx" ON "Notification"("key");
