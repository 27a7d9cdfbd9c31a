import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { loadViewer, verifyCredentials } from "@/lib/data/users";
import { signInSchema } from "@/lib/validation/auth";
import { clearSignInFailures, clientIp, recordSignInFailure, signInBlocked } from "./rate-limit";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

/**
 * Auth.js with email and password. Sessions are JWTs; every request re-reads
 * the user's session version (one primary-key query), so sign-out, a password
 * change or a role change end older tokens at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  logger: {
    // Failed sign-ins are expected; do not print them as server errors.
    error(error) {
      const type = (error as Error & { type?: string }).type ?? error.name;
      if (type === "CredentialsSignin") return;
      console.error(`auth: ${type}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        if (await signInBlocked(ip, email)) throw new RateLimitedSignIn();
        const user = await verifyCredentials(email, password);
        if (!user) {
          await recordSignInFailure(ip, email);
          return null;
        }
        await clearSignInFailures(email);
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        return token;
      }
      if (!token.sub) return null;
      const viewer = await loadViewer(token.sub);
      if (!viewer || viewer.sessionVersion !== token.sv) return null;
      token.name = viewer.name;
      token.email = viewer.email;
      return token;
    },
    async session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
