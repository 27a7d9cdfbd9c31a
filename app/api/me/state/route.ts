import { auth } from "@/lib/auth/auth";
import { withRequestViewer } from "@/lib/auth/request-viewer";
import { viewerFromSession } from "@/lib/auth/session";
import { listEnrollments } from "@/lib/data/paths";
import { getLearnerState } from "@/lib/data/progress";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, with their progress and bookmarks, for the client islands
 * of static pages; never cached. Wrapped in `auth()` so Auth.js renews the
 * session cookie while the learner is active (the idle timeout); the absolute
 * lifetime still ends it (lib/auth/session-policy.ts).
 */
const handler = auth(async (request) => {
  const viewer = await viewerFromSession(request.auth);
  const headers = { "Cache-Control": "private, no-store" };
  if (!viewer) return Response.json({ signedIn: false }, { headers });
  const user = { name: viewer.name, email: viewer.email, roles: viewer.roles };
  const [state, enrollments] = await Promise.all([getLearnerState(viewer), listEnrollments(viewer)]);
  return Response.json({ signedIn: true, user, ...state, enrollments }, { headers });
});

export const GET = (...args: Parameters<typeof handler>) => withRequestViewer(() => handler(...args));
