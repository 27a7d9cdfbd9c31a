import type { ReactNode } from "react";
import { cx } from "./cx";

/**
 * A box that scrolls sideways when its content is wider than the screen (wide
 * tables, diagrams and code at 360 px). It takes keyboard focus and is named,
 * so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cx("overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600", className)}
    >
      {children}
    </div>
  );
}
