import type { Study } from "@/lib/content/catalog";

/** The study's sources, at the end of its body (inside the prose styles). */
export function FurtherReading({ sources }: { sources: Study["sources"] }) {
  return (
    <>
      <h2 id="further-reading">Further reading</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>{" "}
            ({s.publisher}, {s.year}; {s.kind})
          </li>
        ))}
      </ul>
    </>
  );
}
