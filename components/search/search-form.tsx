import Form from "next/form";
import { buttonClass, Field } from "@/components/ui/form";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

/** A GET form: works without JavaScript, and with it navigates without a full reload. */
export function SearchForm({ query, errors }: { query: string; errors?: string[] }) {
  return (
    <Form action="/search" role="search" aria-label="Case studies" className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <div className="flex-1">
        {/* Keyed by the query so following a suggestion link shows the new words in the box. */}
        <Field
          key={query}
          label="Search studies"
          name="q"
          type="search"
          defaultValue={query}
          errors={errors}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          hint="Systems, patterns or problems, e.g. kafka, leader election, rate limiter"
        />
      </div>
      <button type="submit" className={`${buttonClass} sm:mt-6 sm:h-[2.625rem]`}>
        Search
      </button>
    </Form>
  );
}
