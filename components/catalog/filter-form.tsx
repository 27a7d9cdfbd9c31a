"use client";

import Form from "next/form";
import { useEffect, useRef, type ReactNode } from "react";
import { useHydrated, withoutHash } from "./filter-link";

/**
 * The catalog's GET form. Without JavaScript it is a plain form with an
 * "Apply filters" button; with it, each change submits at once as a client
 * navigation that keeps the scroll position and focus (and, like FilterLink,
 * drops the fragment). The boxes follow the URL when it changes another way
 * (a "Clear filters" link, the back button).
 */
const ACTION = "/case-studies#results";

export function FilterForm({ query, children }: { query: string; children: ReactNode }) {
  const form = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();

  useEffect(() => {
    const params = new URLSearchParams(query);
    for (const box of form.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
  }, [query]);

  return (
    <Form
      ref={form}
      action={hydrated ? withoutHash(ACTION) : ACTION}
      scroll={false}
      onChange={(event) => event.currentTarget.requestSubmit()}
      aria-labelledby="filters-heading"
      className="rounded-lg border border-slate-200 bg-slate-50/60 p-4 dark:border-slate-800 dark:bg-slate-900/40"
    >
      {children}
    </Form>
  );
}
