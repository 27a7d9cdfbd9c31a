import Link from "next/link";
import { AuthControls } from "./auth-controls";
import { ThemeToggle } from "./theme-toggle";

const nav = [
  { href: "/case-studies", label: "Case studies" },
  { href: "/paths", label: "Paths" },
  { href: "/patterns", label: "Patterns" },
  { href: "/search", label: "Search" },
];

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-2 text-base font-bold tracking-tight text-slate-900 dark:text-white">
          Case Studies
        </Link>
        <nav aria-label="Main" className="order-3 -mx-2 flex w-full gap-1 overflow-x-auto sm:order-none sm:mx-0 sm:w-auto">
          {nav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <form action="/search" role="search" className="ml-auto hidden md:block">
          <label htmlFor="header-search" className="sr-only">
            Search studies
          </label>
          <input
            id="header-search"
            name="q"
            type="search"
            placeholder="Search studies"
            className="w-48 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 lg:w-64"
          />
        </form>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-1 md:ml-0">
          <AuthControls />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
