import "server-only";
import type { OAuthConfig } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";
import { githubVerifiedEmail } from "./github-email";

/*
 * The sign-in providers that are configured (docs/decisions/018). Each one's
 * profile carries `email_verified`, which linking by email relies on: Google
 * and OpenID Connect providers state it in the ID token; for GitHub it is read
 * from the account's list of addresses (primary and verified, or none).
 */

type Profile = Record<string, unknown> & { email?: string | null; email_verified?: boolean };

function github(clientId: string, clientSecret: string): OAuthConfig<Profile> {
  const base = GitHub({ clientId, clientSecret }) as OAuthConfig<Profile>;
  return {
    ...base,
    userinfo: {
      url: "https://api.github.com/user",
      async request({ tokens }: { tokens: { access_token?: string } }) {
        const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "case-studies", Accept: "application/vnd.github+json" };
        const profile = (await (await fetch("https://api.github.com/user", { headers })).json()) as Profile;
        const res = await fetch("https://api.github.com/user/emails", { headers });
        const email = githubVerifiedEmail(res.ok ? await res.json() : null);
        // Never the public profile address: GitHub does not say it is verified.
        return { ...profile, email, email_verified: email !== null };
      },
    },
  };
}

function oidc(issuer: string, clientId: string, clientSecret: string, name: string): OAuthConfig<Profile> {
  return {
    id: "oidc",
    name,
    type: "oidc",
    issuer,
    clientId,
    clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    profile(profile) {
      return { id: String(profile.sub), name: (profile.name ?? profile.preferred_username ?? null) as string | null, email: profile.email ?? null };
    },
  };
}

/** The providers whose variables are set. */
export function configuredProviders(): OAuthConfig<Profile>[] {
  const providers: OAuthConfig<Profile>[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push(github(env.AUTH_GITHUB_ID, env.AUTH_GITHUB_SECRET));
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }) as OAuthConfig<Profile>);
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    providers.push(oidc(env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_ID, env.AUTH_OIDC_SECRET, env.AUTH_OIDC_NAME ?? "Single sign-on"));
  }
  return providers;
}

/** The buttons the sign-in page shows: id and label. */
export function providerButtons(): { id: string; name: string }[] {
  return configuredProviders().map((p) => ({ id: p.id, name: p.name }));
}

export const providerName = (id: string): string => configuredProviders().find((p) => p.id === id)?.name ?? id;
