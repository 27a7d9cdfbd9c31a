/**
 * Assignment emails (docs/decisions/017) against the real Postgres and a real
 * SMTP server in this process: what is queued, what is sent, to whom, with
 * which headers, and that two job runners at once send each email once.
 */
import crypto from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpInbox } from "./smtp-inbox";

const inbox = await startSmtpInbox();
const savedEnv = { ...process.env };
Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(inbox.port), MAIL_FROM: "Case Studies <no-reply@example.test>" });
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "127.0.0.1:3000" }) }));

const { db } = await import("@/lib/db");
const { env } = await import("@/lib/env");
const { runNotifications } = await import("@/lib/notifications/job");
const { CLAIM_MS } = await import("@/lib/data/notifications");
const { getCatalog } = await import("@/lib/content/catalog");
const { POST, GET } = await import("@/app/api/unsubscribe/route");
const { unsubscribeAction } = await import("@/app/unsubscribe/actions");

afterAll(async () => {
  await inbox.close();
  process.env = savedEnv;
});

const ORIGIN = "http://127.0.0.1:3000";
const DAY = 24 * 60 * 60 * 1000;
const PATH = getCatalog().pathBySlug.get("foundation-track")!;

beforeEach(() => {
  inbox.holdMs = 0;
});

async function user(tag: string, settings: { notifyAssignments?: boolean; notifyReminders?: boolean } = {}) {
  const email = `${tag}-${crypto.randomBytes(4).toString("hex")}@example.test`;
  return db.user.create({ data: { email, name: `${tag} learner`, passwordHash: "x", ...settings }, select: { id: true, email: true } });
}

/** A class with these members (joined a day ago) and an instructor. */
async function classWith(members: { id: string }[]) {
  const teacher = await user("teacher");
  const cls = await db.class.create({ data: { name: `Class ${crypto.randomBytes(3).toString("hex")}`, joinCode: crypto.randomBytes(6).toString("hex"), createdById: teacher.id } });
  await db.classMembership.createMany({ data: members.map((m) => ({ classId: cls.id, userId: m.id, joinedAt: new Date(Date.now() - DAY) })) });
  return cls;
}

const mailsTo = (email: string) => inbox.messages.filter((m) => m.to.includes(email));
const run = (options: Partial<Parameters<typeof runNotifications>[0]> = {}) => runNotifications({ origin: ORIGIN, ...options });

async function completeFoundation(userId: string) {
  await db.studyProgress.createMany({ data: PATH.steps.map((studyId) => ({ userId, studyId, status: "COMPLETED", completedAt: new Date() })) });
}

describe("the email when a class assigns a path", () => {
  it("goes once to each member who was in the class and wants it, with a one-click unsubscribe", async () => {
    const keen = await user("keen");
    const quiet = await user("quiet", { notifyAssignments: false });
    const cls = await classWith([keen, quiet]);
    const late = await user("late");
    const due = new Date(Date.now() + 10 * DAY);
    await db.assignment.create({ data: { classId: cls.id, pathSlug: "foundation-track", dueAt: due } });
    // Joined after the assignment was made: sees it on joining, gets no email.
    await db.classMembership.create({ data: { classId: cls.id, userId: late.id, joinedAt: new Date(Date.now() + 1000) } });

    await run();
    await run(); // a second run sends nothing new
    expect(mailsTo(keen.email)).toHaveLength(1);
    expect(mailsTo(quiet.email)).toHaveLength(0);
    expect(mailsTo(late.email)).toHaveLength(0);

    const mail = mailsTo(keen.email)[0]!;
    expect(mail.subject).toBe(`New in ${cls.name}: Foundation Track`);
    expect(mail.text).toContain(`${ORIGIN}/classes/${cls.id}`);
    expect(mail.text).toContain(`(${PATH.steps.length} studies), due `);
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const header = mail.headers["list-unsubscribe"]!.match(/<([^>]+)>/)![1]!;
    expect(new URL(header).pathname).toBe("/api/unsubscribe");
    expect(mail.headers["message-id"]).toMatch(/^<notification-[\w-]+@127\.0\.0\.1>$/);

    // RFC 8058: the mail client POSTs the header's URL, without any cookie.
    const response = await POST(new Request(header, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(response.status).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { id: keen.id }, select: { notifyAssignments: true, notifyReminders: true } })).toEqual({ notifyAssignments: false, notifyReminders: true });
  });

  it("refuses a forged or altered unsubscribe link, and a GET changes nothing", async () => {
    const target = await user("target");
    const forged = `${ORIGIN}/api/unsubscribe?u=${target.id}&k=assignments&s=${"A".repeat(43)}`;
    expect((await POST(new Request(forged, { method: "POST" }))).status).toBe(400);
    expect((await POST(new Request(`${ORIGIN}/api/unsubscribe?u=${target.id}&k=assignments`, { method: "POST" }))).status).toBe(400);
    const get = await GET(new Request(forged));
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe(`/unsubscribe?u=${target.id}&k=assignments&s=${"A".repeat(43)}`);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).notifyAssignments).toBe(true);

    const { unsubscribeParams } = await import("@/lib/notifications/unsubscribe");
    const good = Object.fromEntries(unsubscribeParams(env.AUTH_SECRET, { userId: target.id, kind: "reminders" }));
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...good, u: (await user("other")).id })) form.append(k, v);
    expect(await unsubscribeAction({}, form)).toMatchObject({ message: expect.stringMatching(/not valid/) });
    const ok = new FormData();
    for (const [k, v] of Object.entries(good)) ok.append(k, v);
    expect(await unsubscribeAction({}, ok)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).notifyReminders).toBe(false);
  });

  it("is not sent for an old assignment, or to someone who left the class before it went out", async () => {
    const member = await user("old");
    const leaver = await user("leaver");
    const cls = await classWith([member, leaver]);
    await db.assignment.create({ data: { classId: cls.id, pathSlug: "foundation-track", createdAt: new Date(Date.now() - 3 * DAY) } });
    const fresh = await db.assignment.create({ data: { classId: cls.id, pathSlug: "data-track" } });
    await run({ send: async () => { throw new Error("the relay is down"); } }); // queued, claimed, not sent
    await db.classMembership.delete({ where: { classId_userId: { classId: cls.id, userId: leaver.id } } });
    const later = () => new Date(Date.now() + CLAIM_MS + 1000); // the failed claims have expired
    const result = await run({ now: later });
    expect(result).toMatchObject({ sent: 1, skipped: 1 });
    expect(mailsTo(member.email).map((m) => m.subject)).toEqual([`New in ${cls.name}: ${getCatalog().pathBySlug.get("data-track")!.title}`]);
    expect(mailsTo(leaver.email)).toHaveLength(0);
    expect(await db.notification.findMany({ where: { assignmentId: fresh.id }, select: { attempts: true, sentAt: true, skippedAt: true } })).toEqual(
      expect.arrayContaining([expect.objectContaining({ attempts: 2, sentAt: expect.any(Date) }), expect.objectContaining({ attempts: 2, skippedAt: expect.any(Date) })]),
    );
  });
});

describe("a send that did not happen", () => {
  it("is not marked sent (email not configured: sendEmail answers false)", async () => {
    const learner = await user("unsent");
    const cls = await classWith([learner]);
    const assignment = await db.assignment.create({ data: { classId: cls.id, pathSlug: "foundation-track" } });
    const result = await run({ send: async () => false });
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(await db.notification.findFirstOrThrow({ where: { assignmentId: assignment.id }, select: { sentAt: true } })).toEqual({ sentAt: null });
  });
});

describe("the reminder 3 days before a due date", () => {
  it("goes to members who have not finished the path, once, and not for assignments made inside the window", async () => {
    const behind = await user("behind");
    const done = await user("done");
    const optedOut = await user("nope", { notifyReminders: false });
    const cls = await classWith([behind, done, optedOut]);
    await completeFoundation(done.id);
    await db.studyProgress.create({ data: { userId: behind.id, studyId: PATH.steps[0]!, status: "COMPLETED", completedAt: new Date() } });
    const made = new Date(Date.now() - 7 * DAY);
    const assignment = await db.assignment.create({ data: { classId: cls.id, pathSlug: "foundation-track", dueAt: new Date(Date.now() + 5 * DAY), createdAt: made } });
    // Made yesterday, due in two days: its announcement gave the date; no reminder.
    await db.assignment.create({ data: { classId: cls.id, pathSlug: "data-track", dueAt: new Date(Date.now() + 2 * DAY), createdAt: new Date(Date.now() - DAY) } });

    await run(); // 5 days out: too early
    expect(mailsTo(behind.email).filter((m) => m.subject.startsWith("Due "))).toHaveLength(0);
    const inWindow = () => new Date(Date.now() + 2.5 * DAY);
    await run({ now: inWindow });
    await run({ now: inWindow });
    const reminders = (email: string) => mailsTo(email).filter((m) => m.subject.startsWith("Due "));
    expect(reminders(behind.email)).toHaveLength(1);
    expect(reminders(behind.email)[0]!.text).toContain(`You have completed 1 of its ${PATH.steps.length} studies.`);
    expect(reminders(done.email)).toHaveLength(0);
    expect(reminders(optedOut.email)).toHaveLength(0);
    expect(await db.notification.count({ where: { assignmentId: assignment.id, kind: "reminder" } })).toBe(1);
  });
});

describe("two job runners at once", () => {
  it("send each email exactly once between them, and both do part of the work", async () => {
    const learners = await Promise.all(Array.from({ length: 40 }, (_, i) => user(`crowd${i}`)));
    const cls = await classWith(learners);
    await db.assignment.create({ data: { classId: cls.id, pathSlug: "foundation-track", dueAt: new Date(Date.now() + 10 * DAY) } });
    inbox.holdMs = 15; // a relay slow enough that the runners overlap
    const [a, b] = await Promise.all([run({ batch: 3 }), run({ batch: 3 })]);
    expect(a.sent + b.sent).toBe(40);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    for (const learner of learners) expect(mailsTo(learner.email), learner.email).toHaveLength(1);
    expect(await db.notification.count({ where: { assignment: { classId: cls.id }, sentAt: { not: null } } })).toBe(40);
  });
});
