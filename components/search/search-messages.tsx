import Link from "next/link";

const linkClass = "font-medium text-blue-700 underline dark:text-blue-400";

/** Shown before anything is searched: what can be found, and searches to try. */
export function SearchHelp({ examples, studyCount }: { examples: string[]; studyCount: number }) {
  return (
    <div className="mt-6 max-w-2xl text-slate-700 dark:text-slate-300">
      <p>
        Search the titles, summaries and full text of all {studyCount} case studies, and the architecture patterns and domains
        they belong to. Results contain all of your words (or, when no study has them all, some of them); the start of a word
        is enough, and small typos are forgiven.
      </p>
      <h2 className="mt-6 text-base font-semibold text-slate-900 dark:text-slate-100">Try</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {examples.map((example) => (
          <li key={example}>
            <Link
              href={`/search?${new URLSearchParams({ q: example })}`}
              className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
            >
              {example}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        Or browse the <Link href="/case-studies" className={linkClass}>case studies</Link>, the{" "}
        <Link href="/patterns" className={linkClass}>patterns</Link> and the{" "}
        <Link href="/paths" className={linkClass}>learning paths</Link>.
      </p>
    </div>
  );
}

export function NoResults({ query }: { query: string }) {
  return (
    <div className="mt-6 max-w-2xl rounded-lg border border-slate-200 p-4 text-slate-700 dark:border-slate-800 dark:text-slate-300">
      <p className="font-semibold text-slate-900 dark:text-slate-100">
        No studies match “{query}”.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        <li>Check the spelling, or try fewer or more general words.</li>
        <li>
          Browse <Link href="/case-studies" className={linkClass}>all case studies</Link> by domain, or the{" "}
          <Link href="/patterns" className={linkClass}>architecture patterns</Link>.
        </li>
      </ul>
    </div>
  );
}
