import { getViewer } from "@/lib/auth/session";
import { exportMyData } from "@/lib/data/export";

export const dynamic = "force-dynamic";

/** Downloads everything held about the signed-in user as JSON. */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to export your data" }, { status: 401 });
  const data = await exportMyData(viewer);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="case-studies-export-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
