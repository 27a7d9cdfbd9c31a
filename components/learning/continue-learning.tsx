"use client";

import Link from "next/link";
import { useSignedInState } from "./learner-state";

/** On the home page: where a signed-in learner left off. */
export function ContinueLearning({ studies }: { studies: Record<string, { title: string; href: string }> }) {
  const { status, user, continueWith } = useSignedInState();
  if (status !== "signed-in") return null;
  const study = continueWith ? studies[continueWith] : undefined;
  return (
    <section aria-labelledby="continue-learning" className="rounded-lg border border-blue-200 bg-blue-50 p-4 dark:border-blue-900 dark:bg-blue-950/50">
      <h2 id="continue-learning" className="font-semibold">Welcome back, {user.name}</h2>
      <p className="mt-1 text-sm">
        {study ? (
          <>
            Continue with <Link href={study.href} className="font-medium text-blue-700 underline dark:text-blue-300">{study.title}</Link>, or see{" "}
          </>
        ) : (
          <>See </>
        )}
        <Link href="/dashboard" className="font-medium text-blue-700 underline dark:text-blue-300">your dashboard</Link>.
      </p>
    </section>
  );
}
