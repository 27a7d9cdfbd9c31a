import type { NextConfig } from "next";
import { env } from "./lib/env";

const securityHeaders = [
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
