import { getViewer } from "@/lib/auth/session";
import { listEnrollments } from "@/lib/data/paths";
import { getLearnerState } from "@/lib/data/progress";

export const dynamic = "force-dynamic";

/** Who is signed in, with their progress and bookmarks, for the client islands of static pages; never cached. */
export async function GET() {
  const viewer = await getViewer();
  const headers = { "Cache-Control": "private, no-store" };
  if (!viewer) return Response.json({ signedIn: false }, { headers });
  const user = { name: viewer.name, email: viewer.email, roles: viewer.roles };
  const [state, enrollments] = await Promise.all([getLearnerState(viewer), listEnrollments(viewer)]);
  return Response.json({ signedIn: true, user, ...state, enrollments }, { headers });
}
