import { z } from "zod";

/**
 * The only reader of process.env. Validated once, when the server (or the
 * build, through next.config.ts) starts; a bad value stops it with a message
 * naming the variable.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required (npm start and npm test set it for the embedded Postgres)" })
    .refine((v) => /^postgres(ql)?:\/\/[^/]+/.test(v), "must be a postgres:// or postgresql:// URL"),
  AUTH_SECRET: z
    .string({ error: "is required (npm start generates one; or run `openssl rand -base64 33`)" })
    .min(32, "must be at least 32 characters"),
  /** Build output folder; lets parallel test runs build side by side. */
  NEXT_DIST_DIR: z.string().regex(/^\.[a-z0-9._-]+$/, "must be a dot-folder name such as .next-test").optional(),
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
