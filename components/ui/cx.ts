/** Joins class names, skipping empty ones: a caller's classes add to a component's base style. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
