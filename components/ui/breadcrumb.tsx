import Link from "next/link";

/** The trail above a page's h1: links to the pages it sits under. */
export function Breadcrumb({ items }: { items: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      {items.map((item, i) => (
        <span key={item.href}>
          {i > 0 ? <span aria-hidden="true"> / </span> : null}
          <Link href={item.href} className="hover:underline">
            {item.label}
          </Link>
        </span>
      ))}
    </nav>
  );
}
