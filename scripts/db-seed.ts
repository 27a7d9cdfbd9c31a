/**
 * `npm run db:seed`: the demo accounts, on request, for DATABASE_URL. Never
 * automatic outside the embedded database, so a production database does not
 * get accounts with a published password.
 */
import { seedDemo } from "../prisma/demo-seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (npm start seeds the embedded database by itself)");
  process.exit(2);
}
console.log((await seedDemo(url)) ? "seeded the demo accounts" : "the database already has users: nothing seeded");
