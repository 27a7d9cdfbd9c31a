import { findLab } from "@/lib/labs";
import { LabLoader } from "./lab-loader";

/**
 * `<Lab id="..." />` in a study's MDX: a section named "Lab: ..." with the
 * question the learner predicts, prerendered with the article; the
 * simulation and its form load in the browser when the section comes near.
 */
export function Lab({ id }: { id: string }) {
  const lab = findLab(id);
  if (!lab) throw new Error(`<Lab id="${id}">: there is no lab with that id (lib/labs/index.ts)`);
  const headingId = `lab-${lab.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="not-prose my-8 scroll-mt-24 rounded-lg border border-blue-200 p-4 sm:p-6 dark:border-blue-900"
    >
      <h3 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        Lab: {lab.title}
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Predict first, then run the simulation in your browser. The same parameters and seed always give the same run.
      </p>
      <div className="mt-4">
        <LabLoader id={lab.id} />
      </div>
    </section>
  );
}
