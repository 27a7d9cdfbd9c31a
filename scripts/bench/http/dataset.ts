/**
 * The HTTP bench's data set, written straight into a migrated database with
 * set-based SQL (seconds, not minutes): 10,000 learners, 500,000 progress
 * rows, 50,000 bookmarks and 10,000 path enrollments, a heavy learner, and an
 * instructor's class of 200 learners (the heavy learner among them) with 5
 * assigned paths (four built-in tracks and a custom path of 8 studies). Passwords are placeholders: the
 * bench signs in by writing session cookies.
 */
import pg from "pg";

export const DATASET = { users: 10_000, progressRows: 500_000, bookmarks: 50_000, classLearners: 200 } as const;

/** Rows of the heavy learner: every study, plus retired ids, as a long-time learner accumulates. */
const HEAVY_PROGRESS = 500;
const PROGRESS_PER_USER = 50;
const BOOKMARKS_PER_USER = 5;
const TRACKS = ["foundation-track", "data-track", "social-track", "commerce-track"];
const ALL_TRACKS = [...TRACKS, "gaming-track", "healthcare-track", "location-track", "logistics-track"];
const CUSTOM_PATH_STEPS = 8;

export type Dataset = {
  /** The heavy learner: 500 progress rows, a bookmark on every study, four paths, and the class. */
  heavy: SeededUser;
  instructor: SeededUser;
  classId: string;
};
export type SeededUser = { id: string; name: string; email: string };

const userId = (n: number) => `bench-user-${String(n).padStart(5, "0")}`;
const seededUser = (n: number): SeededUser => ({ id: userId(n), name: `Bench User ${n}`, email: `user-${n}@bench.test` });

/**
 * Seeds the data set. `studyIds` are the published studies (`<domain>/<slug>`);
 * user 0 is the heavy learner, user 1 the instructor, users 0 and 2-200 the class.
 */
export async function seedDataset(databaseUrl: string, studyIds: string[]): Promise<Dataset> {
  if (studyIds.length < PROGRESS_PER_USER) throw new Error(`the data set needs at least ${PROGRESS_PER_USER} studies, found ${studyIds.length}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const heavy = seededUser(0);
  const instructor = seededUser(1);
  const classId = "bench-class";
  const others = DATASET.progressRows - HEAVY_PROGRESS;
  if (others % PROGRESS_PER_USER !== 0 || others / PROGRESS_PER_USER >= DATASET.users) throw new Error("progress rows do not divide among the users");
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
       SELECT 'bench-user-' || lpad(n::text, 5, '0'), 'user-' || n || '@bench.test', 'Bench User ' || n, 'x', now()
       FROM generate_series(0, $1::int - 1) AS n`,
      [DATASET.users],
    );
    await client.query(`INSERT INTO "_RoleToUser" ("A", "B") SELECT 'role_learner', id FROM "User"`);
    await client.query(`INSERT INTO "_RoleToUser" ("A", "B") VALUES ('role_instructor', $1)`, [instructor.id]);

    // Progress: the heavy learner's 500, then 50 studies each for the next 9,990 users, with a mix of
    // statuses and completion days over the past year (what the dashboard's calendar and streaks read).
    await client.query(
      `INSERT INTO "StudyProgress" (id, "userId", "studyId", status, "startedAt", "completedAt", "completedVersion", "updatedAt")
       SELECT 'bench-progress-0-' || j, $1,
              CASE WHEN j < array_length($2::text[], 1) THEN ($2::text[])[j + 1] ELSE 'retired/study-' || j END,
              CASE WHEN j % 4 = 3 THEN 'IN_PROGRESS'::"ProgressStatus" ELSE 'COMPLETED'::"ProgressStatus" END,
              now() - make_interval(days => j % 365 + 1),
              CASE WHEN j % 4 = 3 THEN NULL ELSE now() - make_interval(days => j % 365) END,
              CASE WHEN j % 4 = 3 THEN NULL ELSE 1 END,
              now()
       FROM generate_series(0, $3::int - 1) AS j`,
      [heavy.id, studyIds, HEAVY_PROGRESS],
    );
    await client.query(
      `INSERT INTO "StudyProgress" (id, "userId", "studyId", status, "startedAt", "completedAt", "completedVersion", "updatedAt")
       SELECT 'bench-progress-' || n || '-' || j, 'bench-user-' || lpad(n::text, 5, '0'),
              ($1::text[])[(n * 7 + j) % array_length($1::text[], 1) + 1],
              CASE WHEN (n + j) % 3 = 0 THEN 'IN_PROGRESS'::"ProgressStatus" ELSE 'COMPLETED'::"ProgressStatus" END,
              now() - make_interval(days => (n * j) % 365 + 1),
              CASE WHEN (n + j) % 3 = 0 THEN NULL ELSE now() - make_interval(days => (n * j) % 365) END,
              CASE WHEN (n + j) % 3 = 0 THEN NULL ELSE 1 END,
              now()
       FROM generate_series(1, $2::int) AS n, generate_series(0, $3::int - 1) AS j`,
      [studyIds, others / PROGRESS_PER_USER, PROGRESS_PER_USER],
    );

    // Bookmarks: every study for the heavy learner (half with notes), five each for the others.
    await client.query(
      `INSERT INTO "Bookmark" (id, "userId", "studyId", note, "updatedAt")
       SELECT 'bench-bookmark-0-' || j, $1, ($2::text[])[j + 1], CASE WHEN j % 2 = 0 THEN 'Re-read the section on failure handling before the review.' ELSE '' END, now()
       FROM generate_series(0, array_length($2::text[], 1) - 1) AS j`,
      [heavy.id, studyIds],
    );
    await client.query(
      `INSERT INTO "Bookmark" (id, "userId", "studyId", note, "updatedAt")
       SELECT 'bench-bookmark-' || r, 'bench-user-' || lpad((1 + r / $3::int)::text, 5, '0'),
              ($1::text[])[((1 + r / $3::int) * 13 + r % $3::int) % array_length($1::text[], 1) + 1],
              CASE WHEN r % 3 = 0 THEN 'Compare with the other design.' ELSE '' END, now()
       FROM generate_series(0, $2::int - 1) AS r`,
      [studyIds, DATASET.bookmarks - studyIds.length, BOOKMARKS_PER_USER],
    );

    await client.query(
      `INSERT INTO "PathEnrollment" (id, "userId", "pathSlug")
       SELECT 'bench-enrollment-' || n, 'bench-user-' || lpad(n::text, 5, '0'), ($2::text[])[n % array_length($2::text[], 1) + 1]
       FROM generate_series(1, $1::int - 1) AS n`,
      [DATASET.users, ALL_TRACKS],
    );
    await client.query(
      `INSERT INTO "PathEnrollment" (id, "userId", "pathSlug") SELECT 'bench-enrollment-0-' || slug, $1, slug FROM unnest($2::text[]) AS slug`,
      [heavy.id, TRACKS],
    );

    // The class: 200 learners (the heavy one and users 2-200, each with their own share of the assigned studies done), five paths.
    await client.query(`INSERT INTO "Class" (id, name, "joinCode", "createdById") VALUES ($1, 'Bench class', 'BENCH234', $2)`, [classId, instructor.id]);
    await client.query(`INSERT INTO "ClassInstructor" ("classId", "userId") VALUES ($1, $2)`, [classId, instructor.id]);
    await client.query(
      `INSERT INTO "ClassMembership" ("classId", "userId")
       SELECT $1, 'bench-user-' || lpad(n::text, 5, '0') FROM generate_series(0, $2::int) AS n WHERE n <> 1`,
      [classId, DATASET.classLearners],
    );
    await client.query(`INSERT INTO "CustomPath" (id, "ownerId", title, "updatedAt") VALUES ('bench-custom-path', $1, 'Extra reading', now())`, [instructor.id]);
    await client.query(
      `INSERT INTO "CustomPathStep" (id, "pathId", position, "studyId")
       SELECT 'bench-step-' || i, 'bench-custom-path', i, ($1::text[])[i + 1] FROM generate_series(0, $2::int - 1) AS i`,
      [studyIds, CUSTOM_PATH_STEPS],
    );
    await client.query(
      `INSERT INTO "Assignment" (id, "classId", "pathSlug", "dueAt")
       SELECT 'bench-assignment-' || slug, $1, slug, now() + interval '21 days' FROM unnest($2::text[]) AS slug`,
      [classId, TRACKS],
    );
    await client.query(`INSERT INTO "Assignment" (id, "classId", "customPathId") VALUES ('bench-assignment-custom', $1, 'bench-custom-path')`, [classId]);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    const { rows } = await client.query<{ users: number; progress: number; bookmarks: number; learners: number }>(
      `SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "StudyProgress")::int AS progress,
              (SELECT count(*) FROM "Bookmark")::int AS bookmarks, (SELECT count(*) FROM "ClassMembership")::int AS learners`,
    );
    const counted = rows[0]!;
    const expected = { users: DATASET.users, progress: DATASET.progressRows, bookmarks: DATASET.bookmarks, learners: DATASET.classLearners };
    if (JSON.stringify(counted) !== JSON.stringify(expected)) {
      throw new Error(`the data set came out wrong: ${JSON.stringify(counted)}`);
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { heavy, instructor, classId };
}
