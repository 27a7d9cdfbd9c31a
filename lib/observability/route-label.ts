/**
 * The route pattern of a path, for metric labels: ids and slugs collapse into
 * their segment names, so label cardinality stays bounded whatever is asked.
 */
const PATTERNS: [RegExp, string][] = [
  [/^\/_next\/static\//, "/_next/static/*"],
  [/^\/_next\//, "/_next/*"],
  [/^\/case-studies\/[^/]+\/[^/]+\/?$/, "/case-studies/[domain]/[slug]"],
  [/^\/case-studies\/[^/]+\/?$/, "/case-studies/[domain]"],
  [/^\/paths\/[^/]+\/?$/, "/paths/[slug]"],
  [/^\/patterns\/[^/]+\/?$/, "/patterns/[slug]"],
  [/^\/classes\/join\/?$/, "/classes/join"],
  [/^\/classes\/[^/]+\/?$/, "/classes/[id]"],
  [/^\/instructor\/classes\/[^/]+\/roster\.csv$/, "/instructor/classes/[id]/roster.csv"],
  [/^\/instructor\/classes\/[^/]+\/?$/, "/instructor/classes/[id]"],
  [/^\/instructor\/paths\/new\/?$/, "/instructor/paths/new"],
  [/^\/instructor\/paths\/[^/]+\/?$/, "/instructor/paths/[id]"],
  [/^\/api\/auth\/.*/, "/api/auth/*"],
];

const FIXED = new Set([
  "/",
  "/case-studies",
  "/paths",
  "/patterns",
  "/search",
  "/dashboard",
  "/bookmarks",
  "/classes",
  "/instructor",
  "/admin",
  "/account",
  "/account/export",
  "/signin",
  "/signup",
  "/forgot-password",
  "/reset-password",
  "/api/health",
  "/api/me/state",
  "/favicon.ico",
  "/robots.txt",
  "/sitemap.xml",
]);

export function routeLabel(pathname: string): string {
  if (FIXED.has(pathname)) return pathname;
  for (const [pattern, label] of PATTERNS) if (pattern.test(pathname)) return label;
  return "other";
}
