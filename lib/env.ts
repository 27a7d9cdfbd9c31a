import { z } from "zod";

/**
 * The only reader of process.env. Validated once, when the server (or the
 * build, through next.config.ts) starts; a bad value stops it with a message
 * naming the variable.
 */
/** Example values from docs and compose files, or too few distinct characters to be random. */
export function looksLikePlaceholder(secret: string): boolean {
  return /change-?me|changeme|replace|example|secret-secret|build-only|xxxxxxxx/i.test(secret) || new Set(secret).size < 12;
}

/** An unset variable and an empty one (`SMTP_HOST=` in a compose file) mean the same. */
const unlessEmpty = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === "" ? undefined : v), inner.optional());

/** `name@host` or `Display Name <name@host>`, on one line (it becomes a header). */
const MAIL_ADDRESS = /^(?:[^<>\r\n]+ )?<[^\s<>@]+@[^\s<>@]+>$|^[^\s<>@]+@[^\s<>@]+$/;

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required (npm start and npm test set it for the embedded Postgres)" })
    .refine((v) => /^postgres(ql)?:\/\/[^/]+/.test(v), "must be a postgres:// or postgresql:// URL"),
  AUTH_SECRET: z
    .string({ error: "is required (npm start generates one; or run `openssl rand -base64 33`)" })
    .min(32, "must be at least 32 characters")
    .refine((v) => !looksLikePlaceholder(v), "looks like a placeholder; generate a real one with `openssl rand -base64 33`"),
  /** Build output folder; lets parallel test runs build side by side. */
  NEXT_DIST_DIR: z.string().regex(/^\.[a-z0-9._-]+$/, "must be a dot-folder name such as .next-test").optional(),
  /** The public origin when it differs from the request's (Auth.js); https:// turns on Secure, __Host- cookies. */
  AUTH_URL: unlessEmpty(z.url({ protocol: /^https?$/, error: "must be the site's http(s) origin, such as https://learn.example.org" })),
  /** pino level; `silent` turns logging off. Under test the default is silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** Connections in this process's pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Outgoing mail (docs/decisions/014): either SMTP_URL, or SMTP_HOST with the
   * parts below. Neither: email is not configured and messages are not sent
   * (`npm start` on the embedded database and `npm run dev` then run a local inbox).
   */
  SMTP_URL: unlessEmpty(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org:465" })),
  SMTP_HOST: unlessEmpty(z.string().regex(/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/, "must be a host name or an IP address")),
  SMTP_PORT: unlessEmpty(z.coerce.number({ error: "must be a port number (1-65535)" }).int().min(1).max(65535)),
  SMTP_USER: unlessEmpty(z.string()),
  SMTP_PASSWORD: unlessEmpty(z.string()),
  /** TLS from the first byte (port 465); otherwise the connection is upgraded with STARTTLS when the server offers it. */
  SMTP_SECURE: unlessEmpty(z.enum(["true", "false", "1", "0"], { error: "must be true or false" }).transform((v) => v === "true" || v === "1")),
  MAIL_FROM: unlessEmpty(z.string().regex(MAIL_ADDRESS, "must be an address, such as Case Studies <no-reply@learn.example.org>")),
  /** The local inbox's address, set by `npm start` and `npm run dev` when they run it (shown on the forgot-password page). */
  MAIL_INBOX_URL: unlessEmpty(z.url({ protocol: /^https?$/ })),
  /**
   * Sign-in providers (docs/decisions/018): each is on when its id and secret
   * are set. AUTH_OIDC_* is any OpenID Connect provider (a school's single
   * sign-on); AUTH_OIDC_NAME is its button's label.
   */
  AUTH_GITHUB_ID: unlessEmpty(z.string()),
  AUTH_GITHUB_SECRET: unlessEmpty(z.string()),
  AUTH_GOOGLE_ID: unlessEmpty(z.string()),
  AUTH_GOOGLE_SECRET: unlessEmpty(z.string()),
  AUTH_OIDC_ISSUER: unlessEmpty(z.url({ protocol: /^https?$/, error: "must be the provider's issuer URL, such as https://sso.example.edu/realms/school" })),
  AUTH_OIDC_ID: unlessEmpty(z.string()),
  AUTH_OIDC_SECRET: unlessEmpty(z.string()),
  AUTH_OIDC_NAME: unlessEmpty(z.string().max(40)),
  /** How often each app process runs the assignment-email job (docs/decisions/017); 0 turns it off in this process. */
  NOTIFICATIONS_INTERVAL_SECONDS: unlessEmpty(z.coerce.number({ error: "must be a number of seconds (0 turns the job off)" }).int().min(0).max(86_400)),
  /** The address the server binds (scripts/serve.ts); links in scheduled emails use it when AUTH_URL is unset and it is loopback. */
  HOST: unlessEmpty(z.string()),
  PORT: unlessEmpty(z.coerce.number().int().min(1).max(65535)),
}).superRefine((v, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (v.SMTP_URL && v.SMTP_HOST) issue("SMTP_HOST", "set SMTP_URL or SMTP_HOST, not both");
  if (!v.SMTP_HOST) {
    for (const part of ["SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE"] as const) {
      if (v[part] !== undefined) issue(part, v.SMTP_URL ? "is not used with SMTP_URL: put it in the URL" : "needs SMTP_HOST");
    }
  }
  if (Boolean(v.SMTP_USER) !== Boolean(v.SMTP_PASSWORD)) issue(v.SMTP_USER ? "SMTP_PASSWORD" : "SMTP_USER", "SMTP_USER and SMTP_PASSWORD go together");
  for (const [id, secret] of [["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"], ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"], ["AUTH_OIDC_ID", "AUTH_OIDC_SECRET"]] as const) {
    if (Boolean(v[id]) !== Boolean(v[secret])) issue(v[id] ? secret : id, `${id} and ${secret} go together`);
  }
  if (Boolean(v.AUTH_OIDC_ID) !== Boolean(v.AUTH_OIDC_ISSUER)) issue(v.AUTH_OIDC_ID ? "AUTH_OIDC_ISSUER" : "AUTH_OIDC_ID", "AUTH_OIDC_ISSUER and AUTH_OIDC_ID go together");
  if ((v.SMTP_URL || v.SMTP_HOST) && !v.MAIL_FROM) issue("MAIL_FROM", "is required when SMTP is configured (the sender of every email)");
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
