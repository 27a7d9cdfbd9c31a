import { defineConfig } from "prisma/config";

// Only `prisma generate` runs here (see docs/decisions/001-migrations-without-the-schema-engine-binary.md);
// the URL is read by the Prisma CLI where a schema-engine binary exists.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
