/**
 * Prisma's own schema engine, compiled to Wasm, driven from a script. The
 * Prisma 7 CLI downloads a native engine binary before every migrate command,
 * which this project cannot rely on (docs/decisions/001-...). The Wasm engine
 * ships in an npm package and generates the same SQL.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] }
  | { tag: "url"; url: string }; // refused by Prisma 7's engine ("--from-url ... no longer supported")

let ready: Promise<void> | undefined;

/** The package's entry imports the .wasm as an ES module, which Node cannot; instantiate it by hand. */
function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    (bindings as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return ready;
}

/** SQL that takes a database from `from` to `to` (empty string when they agree). */
export async function diffScript(connectionString: string, from: DiffTarget, to: DiffTarget): Promise<string> {
  await loadWasm();
  const schemaFile = to.tag === "schemaDatamodel" ? to.files : from.tag === "schemaDatamodel" ? from.files : [];
  const factory = new PrismaPg({ connectionString });
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await bindings.SchemaEngine.new(
    { datamodels: schemaFile.map((f) => [f.path, f.content] as [string, string]) },
    () => {},
    adapter,
  );
  try {
    const result = await engine.diff({
      from,
      to,
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    } as unknown as Parameters<typeof engine.diff>[0]);
    const text = (result as unknown as { stdout?: string }).stdout ?? "";
    return text.includes("This is an empty migration.") ? "" : text;
  } finally {
    engine.free();
  }
}

export function schemaTarget(schemaPath: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: fs.readFileSync(schemaPath, "utf8") }] };
}
