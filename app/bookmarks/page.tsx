import type { Metadata } from "next";
import Link from "next/link";
import { NoteForm } from "@/components/bookmarks/note-form";
import { DifficultyBadge, TimeBadge } from "@/components/catalog/study-meta";
import { BookmarkButton } from "@/components/learning/bookmark-button";
import { formatDay } from "@/components/ui/format-day";
import { SelectField } from "@/components/ui/form";
import { requireViewer } from "@/lib/auth/session";
import { getCatalog } from "@/lib/content/catalog";
import { listBookmarks } from "@/lib/data/bookmarks";

export const metadata: Metadata = { title: "Your bookmarks" };

export default async function BookmarksPage({ searchParams }: { searchParams: Promise<{ domain?: string | string[] }> }) {
  const viewer = await requireViewer("/bookmarks");
  const catalog = getCatalog();
  const requested = (await searchParams).domain;
  const domain = typeof requested === "string" && catalog.domainBySlug.has(requested as never) ? requested : undefined;
  const bookmarks = await listBookmarks(viewer, domain);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Your bookmarks</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">Newest first. Notes are private: only you can see them.</p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <SelectField label="Domain" name="domain" defaultValue={domain ?? ""} className="text-sm">
          <option value="">All domains</option>
          {catalog.domains.map((d) => (
            <option key={d.slug} value={d.slug}>{d.title}</option>
          ))}
        </SelectField>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
          Filter
        </button>
        {typeof requested === "string" && requested && !domain ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">There is no domain “{requested}”; showing all bookmarks.</p>
        ) : null}
      </form>
      {bookmarks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700 dark:border-slate-700 dark:text-slate-300">
          {domain ? "No bookmarks in this domain." : "No bookmarks yet."} Use the Bookmark button on any study or catalog card to save it here.{" "}
          <Link href="/case-studies" className="font-medium text-blue-700 underline dark:text-blue-400">Browse the catalog</Link>
        </p>
      ) : (
        <ul className="flex flex-col gap-4">
          {bookmarks.map(({ study, note, createdAt }) => (
            <li key={study.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 className="font-semibold">
                    <Link href={study.href} className="hover:underline">{study.title}</Link>
                  </h2>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {catalog.domainBySlug.get(study.domain)!.title} · saved{" "}
                    <time dateTime={createdAt.toISOString()}>{formatDay(createdAt)}</time>
                  </p>
                </div>
                <BookmarkButton studyId={study.id} label={`Bookmark ${study.title}`} compact />
              </div>
              <div className="mt-2 flex gap-2">
                <DifficultyBadge difficulty={study.difficulty} />
                <TimeBadge minutes={study.minutes} />
              </div>
              <NoteForm studyId={study.id} title={study.title} note={note} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
