import type pg from "pg";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";
import { metrics } from "@/lib/observability/metrics";

/**
 * Limits shared by every app process through Postgres (the RateLimit table,
 * rate-limiter-flexible's Postgres store; docs/decisions/007-rate-limits-for-classrooms.md
 * and docs/scaling.md), so running two instances does not double any budget. Every
 * attempt consumes a point *before* the work it guards (a password check, an
 * account creation), so parallel requests cannot all slip through; success
 * gives points back. No limit locks an account against its owner: failures
 * are counted per (address, account) pair, per address, and per account, and
 * the per-account count only slows that account to one attempt per few
 * seconds.
 *
 * The numbers are sized for a class of 60 behind one school address (NAT):
 * 60 sign-ups and 60 sign-ins with a few typos each in ten minutes fit with
 * room to spare, while one address still cannot script more than a few
 * hundred guesses or accounts an hour.
 */
export const LIMITS = {
  /** Failed sign-ins for one account from one address: then that pair waits 15 minutes. */
  signInPair: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Failed sign-ins from one address, any accounts (a lab of 60 with typos uses well under this). */
  signInAddress: { points: 300, duration: 60 * 60 },
  /** Failed sign-ins for one account from anywhere: beyond this the account is slowed, never locked. */
  signInAccount: { points: 50, duration: 60 * 60 },
  /** The slowed pace once signInAccount is spent: one attempt per account per 5 seconds. */
  signInAccountSlow: { points: 1, duration: 5 },
  /** Accounts created from one address: two classes of 60 in an hour. */
  signUpAddress: { points: 150, duration: 60 * 60 },
  /** Sign-up attempts for one email address. */
  signUpEmail: { points: 5, duration: 60 * 60 },
  /** Wrong current passwords (change password, delete account) per signed-in user. */
  passwordCheck: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Join-code submissions per user. */
  joinAttempt: { points: 10, duration: 10 * 60 },
  /** Join-link previews (GET) per user: separate, so a link can never use up join attempts. */
  joinPreview: { points: 30, duration: 10 * 60 },
  /** Password-reset requests from one address: a whole class that forgot its passwords fits. */
  passwordResetAddress: { points: 60, duration: 60 * 60 },
  /** Password-reset requests for one email, known or not: a retry or two, never a mail bomb. */
  passwordResetEmail: { points: 5, duration: 60 * 60 },
  /** Confirmation emails a signed-in user asks for (resend, or an address change), per account. */
  verificationEmail: { points: 5, duration: 60 * 60 },
  /** Lab runs saved and challenge attempts submitted, per learner: the server re-runs each (up to a second of CPU), so a steady hand at Run fits, a script does not. */
  labRunSave: { points: 30, duration: 60 },
} as const;

type LimitName = keyof typeof LIMITS;
type Limiters = Record<LimitName, RateLimiterPostgres>;

export type Limited = { retryAfterSeconds: number };

function retryAfter(res: RateLimiterRes): Limited {
  return { retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

function isLimiterRes(error: unknown): error is RateLimiterRes {
  // Not `instanceof`: each server bundle has its own copy of the RateLimiterRes class.
  return typeof error === "object" && error !== null && typeof (error as RateLimiterRes).msBeforeNext === "number";
}

const pairKey = (address: string, email: string) => `${address}|${email}`;

/**
 * The limits over one connection pool. The app has one set (below); tests
 * build a second over another pool to act as a second app process.
 */
export function createRateLimits(store: pg.Pool) {
  const limiters = Object.fromEntries(
    Object.entries(LIMITS).map(([name, options], i) => [
      name,
      new RateLimiterPostgres({
        storeClient: store,
        storeType: "pool",
        // One table for all limits (the migration creates it); keys carry the limit's name.
        tableName: "RateLimit",
        tableCreated: true,
        keyPrefix: name,
        // Rows expired for an hour are deleted every few minutes, by one limiter per process.
        clearExpiredByTimeout: i === 0,
        ...options,
      }),
    ]),
  ) as Limiters;

  /** Consumes one point; returns the wait when the limit is already spent. */
  async function take(name: LimitName, key: string): Promise<Limited | null> {
    try {
      await limiters[name].consume(key);
      return null;
    } catch (error) {
      if (!isLimiterRes(error)) throw error;
      metrics.rateLimitHits.inc({ limiter: name });
      return retryAfter(error);
    }
  }

  /** The wait, without consuming: for explaining a refusal before trying. */
  async function peek(name: LimitName, key: string): Promise<Limited | null> {
    const res = await limiters[name].get(key);
    if (!res) return null;
    return res.consumedPoints >= LIMITS[name].points && res.msBeforeNext > 0 ? retryAfter(res) : null;
  }

  return {
    /**
     * Takes a sign-in attempt before the password is checked. The account's own
     * budget is shared by all addresses; once it is spent, the account moves to
     * the slow lane rather than being refused outright.
     */
    async takeSignInAttempt(address: string, email: string): Promise<Limited | null> {
      const refused = (await take("signInPair", pairKey(address, email))) ?? (await take("signInAddress", address));
      if (refused) return refused;
      const account = await limiters.signInAccount.get(email);
      if (account && account.consumedPoints >= LIMITS.signInAccount.points) {
        const slowed = await take("signInAccountSlow", email);
        if (slowed) return slowed;
      }
      await limiters.signInAccount.consume(email).catch((error) => {
        if (!isLimiterRes(error)) throw error;
      });
      return null;
    },

    /** A correct password: the attempt was not a failure, so give its points back. */
    async signInSucceeded(address: string, email: string): Promise<void> {
      await limiters.signInPair.delete(pairKey(address, email));
      await limiters.signInAddress.reward(address, 1);
      await limiters.signInAccount.reward(email, 1);
    },

    /** Whether this address is currently refused for this account (for the form's message; consumes nothing). */
    async signInWait(address: string, email: string): Promise<Limited | null> {
      return (await peek("signInPair", pairKey(address, email))) ?? (await peek("signInAddress", address));
    },

    async takeSignUpAttempt(address: string, email: string): Promise<Limited | null> {
      return (await take("signUpAddress", address)) ?? (await take("signUpEmail", email));
    },

    /** A current-password check by a signed-in user (change password, delete account). */
    takePasswordCheck: (userId: string): Promise<Limited | null> => take("passwordCheck", userId),

    async passwordCheckSucceeded(userId: string): Promise<void> {
      await limiters.passwordCheck.delete(userId);
    },

    takeJoinAttempt: (userId: string): Promise<Limited | null> => take("joinAttempt", userId),

    takeJoinPreview: (userId: string): Promise<Limited | null> => take("joinPreview", userId),

    /** A forgot-password request, counted before any lookup; the same for addresses with and without an account. */
    async takePasswordResetRequest(address: string, email: string): Promise<Limited | null> {
      return (await take("passwordResetAddress", address)) ?? (await take("passwordResetEmail", email));
    },

    /** A confirmation email asked for by a signed-in user (docs/decisions/016). */
    takeVerificationEmail: (userId: string): Promise<Limited | null> => take("verificationEmail", userId),

    /** A lab run to re-run and save, per learner. */
    takeLabRunSave: (userId: string): Promise<Limited | null> => take("labRunSave", userId),
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;

// One set per process, shared by every server bundle (pages, actions, route handlers).
const globalForLimits = globalThis as unknown as { __rateLimits?: RateLimits };
const limits: RateLimits = (globalForLimits.__rateLimits ??= createRateLimits(pool));

export const {
  takeSignInAttempt,
  signInSucceeded,
  signInWait,
  takeSignUpAttempt,
  takePasswordCheck,
  passwordCheckSucceeded,
  takeJoinAttempt,
  takeJoinPreview,
  takePasswordResetRequest,
  takeVerificationEmail,
  takeLabRunSave,
} = limits;

export function describeWait({ retryAfterSeconds }: Limited): string {
  if (retryAfterSeconds < 60) return `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return minutes <= 1 ? "about a minute" : `${minutes} minutes`;
}

/**
 * The client address. `scripts/serve.ts`, the only production server, replaces
 * X-Forwarded-For with the one address it decided to believe (the socket peer,
 * or what TRUST_PROXY trusted proxies reported), so the first value is it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || "unknown";
}
