/** Above a preview: what is there now, and that the full study is still to come. */
export function PreviewNotice() {
  return (
    <div className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
      <p className="font-semibold">Preview</p>
      <p className="mt-1">
        This study is not yet written in full. Below are its summary, key facts and sources; the complete study (architecture,
        challenges, solutions, lessons, current state and exercises) is on its way.
      </p>
    </div>
  );
}
