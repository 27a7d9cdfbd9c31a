import { MdxBody } from "@/components/mdx/render";
import type { Study } from "@/lib/content/catalog";
import { FurtherReading } from "./further-reading";
import { ReviewNote } from "./review-note";

/** The compiled MDX article, its sources and, once it has had one, its second reading. */
export function StudyBody({ code, sources, review }: { code: string; sources: Study["sources"]; review: Study["review"] }) {
  return (
    <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-headings:scroll-mt-24 prose-a:text-blue-700 dark:prose-a:text-blue-400">
      <MdxBody code={code} />
      <FurtherReading sources={sources} />
      {review ? <ReviewNote review={review} /> : null}
    </div>
  );
}
