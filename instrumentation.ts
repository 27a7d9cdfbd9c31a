/**
 * Runs once when the server starts: loads the content model and builds the
 * search index (about 1.5 s) so no visitor's first search pays for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getSearchIndex } = await import("./lib/search/search");
  getSearchIndex();
}
