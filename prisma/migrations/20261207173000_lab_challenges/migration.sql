-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "challengeId" TEXT;

-- CreateTable
CREATE TABLE "ChallengeAttempt" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "seed" INTEGER NOT NULL,
    "met" BOOLEAN NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "detail" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChallengeAttempt_assignmentId_userId_idx" ON "ChallengeAttempt"("assignmentId", "userId");

-- CreateIndex
CREATE INDEX "ChallengeAttempt_userId_createdAt_idx" ON "ChallengeAttempt"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "ChallengeAttempt" ADD CONSTRAINT "ChallengeAttempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeAttempt" ADD CONSTRAINT "ChallengeAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reference data: learners submit attempts at their classes' challenges (lib/auth/permissions.ts).
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('perm_submit_challenge_own', 'submit', 'challenge', 'own');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES ('perm_submit_challenge_own', 'role_learner');
