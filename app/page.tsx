import Link from "next/link";
import { getCatalog } from "@/lib/content/catalog";

export default function HomePage() {
  const catalog = getCatalog();
  return (
    <div className="flex flex-col gap-10">
      <section className="py-6">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Learn distributed systems from the systems themselves</h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          {catalog.studies.length} case studies of real systems, from Kafka and DynamoDB to Spanner and Uber’s location
          platform: how they work, why they are built that way, and how they fail.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/case-studies" className="rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-blue-600">
            Browse the catalog
          </Link>
          <Link href="/paths" className="rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900">
            Follow a learning path
          </Link>
        </div>
      </section>
    </div>
  );
}
