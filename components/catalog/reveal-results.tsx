"use client";

import { useEffect } from "react";

let mounted = false;

/** True for the first view rendered in this document when the document was loaded at its address. */
function openedHere(): boolean {
  if (mounted) return false;
  mounted = true;
  const entry = performance.getEntriesByType("navigation")[0];
  if (!entry) return false;
  const loadedFor = new URL(entry.name);
  return loadedFor.pathname + loadedFor.search === location.pathname + location.search;
}

/**
 * Moves focus (and so the view) to the results when the filtered view replaces
 * the whole index in place: the box or link the reader used is gone with the
 * index. A page opened at this address keeps the browser's own focus.
 */
export function RevealResults() {
  useEffect(() => {
    if (!openedHere()) document.getElementById("results")?.focus();
  }, []);
  return null;
}
