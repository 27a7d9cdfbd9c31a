import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";

export const CONTENT_DIR = path.join(process.cwd(), "content");

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ""}${detail}`);
    this.name = "ContentError";
  }
}

export type ParsedFile<T> = { file: string; name: string; data: T; body: string };

export function relativeToRepo(file: string): string {
  return path.relative(process.cwd(), file);
}

/** Lists `*.mdx` files under a content folder (recursively), sorted for stable output. */
export function listMdx(dir: string): string[] {
  const root = path.join(CONTENT_DIR, dir);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => path.join(root, f))
    .sort();
}

/** Reads a file's frontmatter and validates it; errors name the file and the field. */
export function readMdx<S extends z.ZodType>(file: string, schema: S): ParsedFile<z.output<S>> {
  const rel = relativeToRepo(file);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; pass a fresh options object to keep files independent.
    parsed = matter(fs.readFileSync(file, "utf8"), {});
  } catch (error) {
    throw new ContentError(rel, "frontmatter", `invalid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const data = normaliseDates(parsed.data);
  const result = schema.safeParse(data);
  if (!result.success) {
    const [first, ...rest] = result.error.issues;
    const others = rest.map((i) => `; ${i.path.join(".") || "frontmatter"}: ${i.message}`).join("");
    throw new ContentError(rel, first!.path.join(".") || "frontmatter", `${first!.message}${others}`);
  }
  return { file: rel, name: path.basename(file, ".mdx"), data: result.data, body: parsed.content };
}

/** YAML turns `2026-11-28` into a Date; the schema wants the ISO string. */
function normaliseDates(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normaliseDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseDates(v)]));
  }
  return value;
}
