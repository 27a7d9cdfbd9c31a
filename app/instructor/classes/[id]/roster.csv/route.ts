import { getViewer } from "@/lib/auth/session";
import { listClassRoster } from "@/lib/data/class-roster";
import { rosterCsv } from "@/lib/learning/roster";
import { idSchema } from "@/lib/validation/classes";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("That class was not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** The roster as CSV, for the class's instructors only; anyone else gets the same 404 as for a class that does not exist. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer || !idSchema.safeParse(id).success) return notFound();
  const roster = await listClassRoster(viewer, id);
  if (!roster) return notFound();
  const day = new Date().toISOString().slice(0, 10);
  const slug = roster.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "class";
  return new Response(rosterCsv(roster.assignments, roster.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-roster-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
