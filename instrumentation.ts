/**
 * Runs once when the server starts: loads the content model and builds the
 * search index (about 1.5 s) so no visitor's first search pays for it, and
 * starts this process's assignment-email timer (docs/decisions/017).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getSearchIndex } = await import("./lib/search/search");
  getSearchIndex();
  const { startNotificationJob } = await import("./lib/notifications/job");
  startNotificationJob();
}
