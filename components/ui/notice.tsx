import type { ReactNode } from "react";

/** A confirmation shown after a redirect (class created, joined, account deleted...). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200"
    >
      {children}
    </p>
  );
}
