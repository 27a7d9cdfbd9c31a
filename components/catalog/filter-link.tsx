"use client";

import Link from "next/link";
import { useSyncExternalStore, type ComponentProps } from "react";

const subscribe = () => () => {};

/** False while rendering on the server and hydrating, true once the page runs its JavaScript. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

/** `/case-studies?x#results` -> `/case-studies?x`. */
export const withoutHash = (href: string) => href.replace(/#.*$/, "");

/**
 * A link to a filtered view of the catalog. Without JavaScript it is a plain
 * link whose `#results` (or `#filters`) fragment lands the reader on the list.
 * With JavaScript it navigates in place, without a fragment: Next 16.4 appends
 * a fragment to the one the page was first loaded with (`#filters#filters`),
 * and the list is updated where the reader already is. `reveal` moves focus to
 * the results, for links far above them.
 */
export function FilterLink({ href, reveal = false, ...props }: { href: string; reveal?: boolean } & Omit<ComponentProps<typeof Link>, "href" | "scroll">) {
  const hydrated = useHydrated();
  return (
    <Link
      {...props}
      href={hydrated ? withoutHash(href) : href}
      scroll={false}
      onClick={reveal ? () => document.getElementById("results")?.focus() : undefined}
    />
  );
}
