import Link from "next/link";
import type { CatalogIndex } from "@/lib/content/catalog-index";
import { formatMinutes } from "@/lib/content/labels";
import { Section, linkClass, mutedClass } from "./section";

/** The seed's eight tracks: who each is for, its steps in order, and why to start there. */
export function TrackList({ tracks }: { tracks: CatalogIndex["tracks"] }) {
  return (
    <Section id="getting-started" title="Getting started: choose your path" emoji="🌱" level={3}>
      <ul className="grid gap-4 md:grid-cols-2">
        {tracks.map((track) => (
          <li key={track.slug} className="flex flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <p className="text-sm font-medium text-slate-700 dark:text-slate-300">{track.audience}?</p>
            <h4 className="mt-1 font-semibold">
              <Link href={track.href} className={linkClass}>
                {track.title}
              </Link>
              <span className={`ml-2 text-sm font-normal ${mutedClass}`}>
                {track.steps.length} studies, {formatMinutes(track.minutes)}
              </span>
            </h4>
            <ol aria-label={`${track.title} steps`} className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              {track.steps.map((step, i) => (
                <li key={step.id} className="flex items-center gap-2">
                  {i > 0 ? <span aria-hidden="true" className={mutedClass}>→</span> : null}
                  <Link href={step.href} className={linkClass}>
                    {step.title}
                  </Link>
                </li>
              ))}
            </ol>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              <span className="font-medium">Why start here:</span> {track.why}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Where experienced engineers in a given role should begin. */
export function PractitionerList({ practitioners }: { practitioners: CatalogIndex["practitioners"] }) {
  return (
    <Section id="advanced-practitioners" title="Advanced practitioners" emoji="🏃" level={3}>
      <ul className="space-y-2">
        {practitioners.map((p) => (
          <li key={p.role}>
            <span className="font-semibold">{p.role}:</span> {p.action.toLowerCase()}{" "}
            <Link href={p.domain.href} className={linkClass}>
              {p.domain.title}
            </Link>{" "}
            <span className={`text-sm ${mutedClass}`}>({p.domain.count} studies)</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The elite-engineering studies: teams that publish candidly about how they work. */
export function DeepDiveList({ deepDives }: { deepDives: CatalogIndex["deepDives"] }) {
  return (
    <Section
      id="industry-deep-dives"
      title="Industry deep dives"
      emoji="🏆"
      level={3}
      intro={
        <p>
          Learn from teams known for their engineering practice in the{" "}
          <Link href={deepDives.domain.href} className={linkClass}>
            {deepDives.domain.title}
          </Link>{" "}
          studies:
        </p>
      }
    >
      <ul className="space-y-2">
        {deepDives.studies.map((s) => (
          <li key={s.id}>
            <Link href={s.href} className={`${linkClass} font-semibold`}>
              {s.title}
            </Link>
            <span className="text-slate-700 dark:text-slate-300">: {s.highlights.slice(0, 2).join("; ")}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
