import { getViewer } from "@/lib/auth/session";
import { getLearnerState } from "@/lib/data/progress";

export const dynamic = "force-dynamic";

/** Who is signed in, with their progress and bookmarks, for the client islands of static pages; never cached. */
export async function GET() {
  const viewer = await getViewer();
  const headers = { "Cache-Control": "private, no-store" };
  if (!viewer) return Response.json({ signedIn: false }, { headers });
  const user = { name: viewer.name, email: viewer.email, roles: viewer.roles };
  return Response.json({ signedIn: true, user, ...(await getLearnerState(viewer)) }, { headers });
}
