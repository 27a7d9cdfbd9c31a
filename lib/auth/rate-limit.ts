import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Per-process limits (docs/decisions/003-rate-limiting.md). Failed sign-ins
 * count per IP and per account; a successful sign-in clears the account's count.
 */
type Limiters = {
  signInIp: RateLimiterMemory;
  signInAccount: RateLimiterMemory;
  signUpIp: RateLimiterMemory;
  signUpAccount: RateLimiterMemory;
  joinCode: RateLimiterMemory;
};

export const LIMITS = {
  signInIp: { points: 50, duration: 15 * 60 },
  signInAccount: { points: 5, duration: 15 * 60 },
  signUpIp: { points: 10, duration: 60 * 60 },
  signUpAccount: { points: 3, duration: 60 * 60 },
  joinCode: { points: 10, duration: 10 * 60 },
} as const;

const globalForLimits = globalThis as unknown as { __limiters?: Limiters };
const limiters = (globalForLimits.__limiters ??= {
  signInIp: new RateLimiterMemory({ keyPrefix: "signin-ip", ...LIMITS.signInIp }),
  signInAccount: new RateLimiterMemory({ keyPrefix: "signin-account", ...LIMITS.signInAccount }),
  signUpIp: new RateLimiterMemory({ keyPrefix: "signup-ip", ...LIMITS.signUpIp }),
  signUpAccount: new RateLimiterMemory({ keyPrefix: "signup-account", ...LIMITS.signUpAccount }),
  joinCode: new RateLimiterMemory({ keyPrefix: "join-code", ...LIMITS.joinCode }),
});

export type Limited = { retryAfterSeconds: number };

function retryAfter(res: RateLimiterRes): Limited {
  return { retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

async function blocked(limiter: RateLimiterMemory, key: string, points: number): Promise<Limited | null> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= points ? retryAfter(res) : null;
}

function isLimiterRes(error: unknown): error is RateLimiterRes {
  return typeof error === "object" && error !== null && typeof (error as RateLimiterRes).msBeforeNext === "number";
}

/** Consumes one point; returns the wait when the limit is already spent. */
async function take(limiter: RateLimiterMemory, key: string): Promise<Limited | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (error) {
    // Not `instanceof`: the limiters live on globalThis and are shared by every server bundle (pages,
    // actions, route handlers), each with its own copy of the RateLimiterRes class.
    if (isLimiterRes(error)) return retryAfter(error);
    throw error;
  }
}

export async function signInBlocked(ip: string, email: string): Promise<Limited | null> {
  return (
    (await blocked(limiters.signInIp, ip, LIMITS.signInIp.points)) ??
    (await blocked(limiters.signInAccount, email, LIMITS.signInAccount.points))
  );
}

export async function recordSignInFailure(ip: string, email: string): Promise<void> {
  await take(limiters.signInIp, ip);
  await take(limiters.signInAccount, email);
}

export async function clearSignInFailures(email: string): Promise<void> {
  await limiters.signInAccount.delete(email);
}

export async function takeSignUpAttempt(ip: string, email: string): Promise<Limited | null> {
  return (await take(limiters.signUpIp, ip)) ?? (await take(limiters.signUpAccount, email));
}

export async function takeJoinAttempt(userId: string): Promise<Limited | null> {
  return take(limiters.joinCode, userId);
}

export function describeWait({ retryAfterSeconds }: Limited): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return minutes <= 1 ? "about a minute" : `${minutes} minutes`;
}

/** The client address: the right-most X-Forwarded-For hop (set by the nearest proxy or by Next itself). */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const hop = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return hop || headers.get("x-real-ip") || "unknown";
}
