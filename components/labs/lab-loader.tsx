"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";

const LabRunner = lazy(() => import("./lab-runner"));

/**
 * Holds a lab's place in the article and loads its code (the simulations and
 * the form) only once the lab is about to scroll into view, so a study page
 * ships none of it to readers who never reach the lab.
 */
export function LabLoader({ id }: { id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "300px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const waiting = <p className="text-sm text-slate-600 dark:text-slate-400">Loading the lab…</p>;
  return (
    <div ref={ref} data-lab={id}>
      {near ? <Suspense fallback={waiting}>{<LabRunner id={id} />}</Suspense> : waiting}
      <noscript>
        <p className="text-sm text-slate-700 dark:text-slate-300">The lab runs in your browser and needs JavaScript.</p>
      </noscript>
    </div>
  );
}
