/** A section of the study page: the id of its heading, and the heading's text. */
export type TocEntry = { id: string; text: string };

/** The study's table of contents, beside the article on wide screens. */
export function OnThisPage({ entries }: { entries: TocEntry[] }) {
  return (
    <aside className="hidden lg:block">
      <nav aria-label="On this page" className="sticky top-24 text-sm">
        <p className="font-semibold">On this page</p>
        <ul className="mt-2 space-y-1.5">
          {entries.map((h) => (
            <li key={h.id}>
              <a href={`#${h.id}`} className="text-slate-700 hover:underline dark:text-slate-300">
                {h.text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
