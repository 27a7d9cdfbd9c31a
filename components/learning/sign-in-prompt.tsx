"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** "Sign in to …" for a visitor, coming back to this page afterwards. */
export function SignInPrompt({ children, className }: { children: ReactNode; className?: string }) {
  const pathname = usePathname();
  return (
    <p className={className}>
      <Link href={`/signin?next=${encodeURIComponent(pathname)}`} className="font-medium text-blue-700 underline dark:text-blue-400">
        Sign in
      </Link>{" "}
      {children}
    </p>
  );
}
