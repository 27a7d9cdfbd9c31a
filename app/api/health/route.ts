import { databaseIsUp } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseIsUp();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "up" : "down" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
