type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/** The address GitHub vouches for: the primary one, if it is verified; otherwise none. */
export function githubVerifiedEmail(emails: unknown): string | null {
  if (!Array.isArray(emails)) return null;
  const primary = (emails as GitHubEmail[]).find((e) => e && e.primary === true && e.verified === true && typeof e.email === "string");
  return primary?.email ?? null;
}
