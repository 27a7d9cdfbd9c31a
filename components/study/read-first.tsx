import Link from "next/link";

/** The studies to read before this one; nothing when there are none. */
export function ReadFirst({ studies }: { studies: { id: string; href: string; title: string }[] }) {
  if (studies.length === 0) return null;
  return (
    <p className="mt-4 text-sm">
      <span className="font-medium">Read first:</span>{" "}
      {studies.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? ", " : ""}
          <Link href={s.href} className="text-blue-700 underline dark:text-blue-400">
            {s.title}
          </Link>
        </span>
      ))}
    </p>
  );
}
