import Link from "next/link";

/** A page the trail passes through; without `href` it is the current page, named but not linked. */
export type Crumb = { label: string; href?: string };

function CrumbLink({ href, label }: { href: string; label: string }) {
  // A plain link for a fragment: Next 16.4 mangles client navigations to a fragment of the page first loaded.
  if (href.includes("#")) {
    return (
      <a href={href} className="hover:underline">
        {label}
      </a>
    );
  }
  return (
    <Link href={href} className="hover:underline">
      {label}
    </Link>
  );
}

/** The trail above a page's h1: links to the pages it sits under. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      {items.map((item, i) => (
        <span key={item.href ?? item.label}>
          {i > 0 ? <span aria-hidden="true"> / </span> : null}
          {item.href ? <CrumbLink href={item.href} label={item.label} /> : <span aria-current="page">{item.label}</span>}
        </span>
      ))}
    </nav>
  );
}
