/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { applyMigrations } from "./lib/migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (npm start migrates the embedded database by itself)");
  process.exit(2);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `applied: ${applied.join(", ")}` : "nothing to apply");
