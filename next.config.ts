import type { NextConfig } from "next";
import { env } from "./lib/env";

/**
 * No eval anywhere (MDX is compiled and evaluated on the server), and nothing
 * loads from another origin. Inline scripts stay allowed: Next puts each
 * page's RSC payload in inline scripts, and the alternatives cost the
 * prerendered pages: nonces need every page rendered per request, and hashes
 * change with every page and build (docs/decisions/010-content-security-policy.md).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  reactStrictMode: true,
  distDir: env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  async redirects() {
    // The seed published some studies as `<slug>-enhanced`; the slug without the suffix is canonical.
    return [
      {
        source: "/case-studies/:domain/:slug-enhanced",
        destination: "/case-studies/:domain/:slug",
        permanent: true,
      },
    ];
  },
};

export default config;
