import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Ids derived from the title, stable between server renders. */
export function diagramId(prefix: string, title: string): string {
  let hash = 0;
  for (const ch of title) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return `${prefix}-${(hash >>> 0).toString(36)}`;
}

/**
 * A server-rendered SVG with its text alternative: `role="img"` with title and
 * description for screen readers, and the same description visible on demand.
 */
export function SvgFigure({
  id,
  title,
  alt,
  width,
  height,
  children,
}: {
  id: string;
  title: string;
  alt: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <figure className="not-prose my-8">
      <ScrollRegion label={`Diagram: ${title}`} className="rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          className="mx-auto h-auto min-w-[520px] text-slate-800 dark:text-slate-100"
          style={{ maxWidth: `${width}px` }}
          fontFamily="ui-sans-serif, system-ui, sans-serif"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{alt}</desc>
          <defs>
            <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="fill-slate-600 dark:fill-slate-300" />
            </marker>
          </defs>
          {children}
        </svg>
      </ScrollRegion>
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <span className="font-semibold">{title}</span>
        <details className="mt-1">
          <summary className="cursor-pointer text-blue-700 underline dark:text-blue-400">Text description</summary>
          <p className="mt-1">{alt}</p>
        </details>
      </figcaption>
    </figure>
  );
}
