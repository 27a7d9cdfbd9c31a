import { z } from "zod";

/**
 * The only reader of process.env. Validated once, when the server (or the
 * build, through next.config.ts) starts; a bad value stops it with a message
 * naming the variable.
 */
/** `next build` evaluates next.config.ts (and so this file) with a throwaway secret; it signs nothing. */
const isBuildPhase = process.env.NEXT_PHASE === "phase-production-build";

/** Example values from docs and compose files, or too few distinct characters to be random. */
export function looksLikePlaceholder(secret: string): boolean {
  return /change-?me|changeme|replace|example|secret-secret|build-only|xxxxxxxx/i.test(secret) || new Set(secret).size < 12;
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required (npm start and npm test set it for the embedded Postgres)" })
    .refine((v) => /^postgres(ql)?:\/\/[^/]+/.test(v), "must be a postgres:// or postgresql:// URL"),
  AUTH_SECRET: z
    .string({ error: "is required (npm start generates one; or run `openssl rand -base64 33`)" })
    .min(32, "must be at least 32 characters")
    .refine((v) => isBuildPhase || !looksLikePlaceholder(v), "looks like a placeholder; generate a real one with `openssl rand -base64 33`"),
  /** Build output folder; lets parallel test runs build side by side. */
  NEXT_DIST_DIR: z.string().regex(/^\.[a-z0-9._-]+$/, "must be a dot-folder name such as .next-test").optional(),
  /** The public origin when it differs from the request's (Auth.js); https:// turns on Secure, __Host- cookies. */
  AUTH_URL: z.url({ protocol: /^https?$/, error: "must be the site's http(s) origin, such as https://learn.example.org" }).optional(),
  /** pino level; `silent` turns logging off. Under test the default is silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** Connections in this process's pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
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
