import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/layout/providers";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ThemeScript } from "@/components/layout/theme-script";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  // Canonical and Open Graph URLs are absolute on the public origin when it is known. Prerendered pages
  // take it at build time, so AUTH_URL must be set for `npm run build` too (the Dockerfile passes it).
  metadataBase: env.AUTH_URL ? new URL(env.AUTH_URL) : undefined,
  title: { default: "Case Studies: learn distributed systems from real systems", template: "%s | Case Studies" },
  description:
    "88 case studies of real distributed systems (Kafka, DynamoDB, Spanner, Uber, chat, payments): how they work, why they are built that way, and how they fail.",
  openGraph: { siteName: "Case Studies", type: "website" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}
