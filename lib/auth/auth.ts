import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";
import { signInWithProvider } from "@/lib/data/oauth-accounts";
import { endAllSessions, loadViewer } from "@/lib/data/users";
import { rememberViewer } from "./request-viewer";
import { emailTag, securityEvent } from "@/lib/observability/security-events";
import { signInSchema } from "@/lib/validation/auth";
import { clientIp } from "./rate-limit";
import { SESSION_IDLE_SECONDS, sessionCookieName, sessionExpired } from "./session-policy";
import { configuredProviders } from "./providers";
import { checkSignIn } from "./sign-in";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** When the user last proved their password (seconds since the epoch), for re-authentication checks. */
    authTime?: number;
  }
}

const secureCookies = env.AUTH_URL?.startsWith("https://") ?? false;
const CLIENT_ERRORS = new Set(["MissingCSRF", "JWTSessionError", "InvalidCheck", "UnknownAction"]);

/**
 * Auth.js with email and password, and the configured OAuth providers
 * (docs/decisions/018), linked to our own users by verified email. Sessions are JWTs (docs/decisions/003 and
 * 008): every request re-reads the user's session version (one primary-key
 * query), so sign-out, a password change or a role change end older tokens at
 * once; a token unused for SESSION_IDLE_SECONDS expires, and none lives past
 * SESSION_ABSOLUTE_SECONDS after its sign-in, however often it is refreshed.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  useSecureCookies: secureCookies,
  cookies: { sessionToken: { name: sessionCookieName(secureCookies), options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies } } },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  logger: {
    // Failed sign-ins are expected; do not print them as server errors.
    error(error) {
      const type = (error as Error & { type?: string }).type ?? error.name;
      if (type === "CredentialsSignin") return;
      // A client's mistake (no CSRF token, a mangled cookie) is worth a warning, not an error.
      if (CLIENT_ERRORS.has(type)) return void log.warn({ err: { type } }, "auth: refused a bad request");
      const cause = (error as Error & { cause?: { err?: Error } | Error }).cause;
      const causeMessage = cause instanceof Error ? cause.message : cause?.err?.message;
      log.error({ err: { type, message: error.message, cause: causeMessage } }, "auth error");
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await checkSignIn(clientIp(request.headers), parsed.data.email, parsed.data.password);
        if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
        if (result.limited) throw new RateLimitedSignIn();
        return null;
      },
    }),
    ...configuredProviders(),
  ],
  events: {
    // Auth.js's own sign-out endpoint ends every copy of the token too, like the header's button.
    async signOut(message) {
      const sub = "token" in message ? message.token?.sub : undefined;
      if (sub) await endAllSessions(sub);
    },
  },
  callbacks: {
    /**
     * A provider sign-in becomes one of our users here: the provider's account
     * id is swapped for ours (Auth.js passes this same object to jwt below).
     * An address the provider has not verified is refused.
     */
    async signIn({ user, account, profile }) {
      if (!account || account.type === "credentials") return true;
      const verified = profile?.email_verified === true;
      const outcome = await signInWithProvider({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        email: typeof profile?.email === "string" ? profile.email : user.email,
        emailVerified: verified,
        name: user.name,
      });
      if (!outcome.ok) {
        securityEvent("oauth_sign_in_refused", { provider: account.provider, reason: outcome.reason, account: user.email ? emailTag(user.email) : undefined });
        return "/signin?error=OAuthEmailUnverified";
      }
      securityEvent("oauth_sign_in", { provider: account.provider, userId: outcome.userId, how: outcome.how });
      user.id = outcome.userId;
      user.sessionVersion = outcome.sessionVersion;
      return true;
    },
    async jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.authTime = now;
        return token;
      }
      if (!token.sub || sessionExpired(token.authTime, now)) return null;
      let viewer;
      try {
        viewer = await loadViewer(token.sub);
      } catch (error) {
        // The database is unreachable: keep the session (Auth.js would clear the cookie and sign the
        // learner out over a blip). Nothing can be read or written without the database anyway.
        log.warn({ err: { message: (error as Error).message } }, "auth: session check skipped, database unavailable");
        return token;
      }
      if (!viewer || viewer.sessionVersion !== token.sv) return null;
      rememberViewer(viewer);
      token.name = viewer.name;
      token.email = viewer.email;
      return token;
    },
    async session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.authTime === "number") session.authTime = token.authTime;
      return session;
    },
  },
});
