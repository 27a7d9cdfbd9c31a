import { getViewer } from "@/lib/auth/session";
import { getLearnerState } from "@/lib/data/progress";

export const dynamic = "force-dynamic";

/** The viewer's progress and bookmarks for the catalog's client islands; never cached. */
export async function GET() {
  const viewer = await getViewer();
  const headers = { "Cache-Control": "private, no-store" };
  if (!viewer) return Response.json({ signedIn: false }, { headers });
  return Response.json({ signedIn: true, ...(await getLearnerState(viewer)) }, { headers });
}
