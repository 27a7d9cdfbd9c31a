-- CreateTable
CREATE TABLE "LabRun" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "seed" INTEGER NOT NULL,
    "predicted" DOUBLE PRECISION NOT NULL,
    "measured" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LabRun_userId_createdAt_idx" ON "LabRun"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "LabRun" ADD CONSTRAINT "LabRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reference data: learners keep their own lab runs (lib/auth/permissions.ts).
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('perm_read_lab_run_own', 'read', 'lab-run', 'own');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('perm_write_lab_run_own', 'write', 'lab-run', 'own');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES ('perm_read_lab_run_own', 'role_learner');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES ('perm_write_lab_run_own', 'role_learner');
