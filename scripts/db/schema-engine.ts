import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { fromRoot } from "../project-root";
import { createMigrationAdapter } from "./migration-adapter";

export const SCHEMA_PATH = fromRoot("prisma", "schema.prisma");

type SchemaEngineClass = typeof SchemaEngine;

let loading: Promise<SchemaEngineClass> | undefined;

// Prisma's schema engine compiled to WebAssembly: it needs no native binary, so migrations
// work offline and on air-gapped installs. The package's entry point imports its .wasm as an
// ES module, which Node only allows behind --experimental-wasm-modules; we instantiate the
// .wasm ourselves against the package's JavaScript glue instead.
export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  loading ??= (async () => {
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await fs.readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine as SchemaEngineClass;
  })();
  return loading;
}

export interface SchemaEngineSession {
  engine: SchemaEngine;
  schemaFiles: { path: string; content: string }[];
  close(): Promise<void>;
}

export async function openSchemaEngine(databaseUrl: string): Promise<SchemaEngineSession> {
  const SchemaEngineClass = await loadSchemaEngine();
  const schemaFiles = [{ path: SCHEMA_PATH, content: await fs.readFile(SCHEMA_PATH, "utf8") }];
  const adapter = createMigrationAdapter(databaseUrl);
  const engine = await SchemaEngineClass.new(
    { datamodels: schemaFiles.map((file) => [file.path, file.content]) },
    logEngineMessage,
    bindMigrationAwareSqlAdapterFactory(adapter.factory),
  );
  return {
    engine,
    schemaFiles,
    close: async () => {
      engine.free();
      await adapter.disposeAll();
    },
  };
}

// The engine reports progress as JSON log lines; only its warnings and errors matter here.
function logEngineMessage(message: unknown): void {
  let entry: { level?: string; fields?: { message?: string } };
  try {
    entry = JSON.parse(String(message)) as typeof entry;
  } catch {
    return;
  }
  if (entry.level === "WARN" || entry.level === "ERROR") {
    console.error(`[schema engine] ${entry.level}: ${entry.fields?.message ?? String(message)}`);
  }
}

// Engine errors end with a Rust span trace ("0: schema_commands::...  at src/....rs:113"),
// which tells a user nothing; the lines before it say what failed.
export function engineErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n").trim();
}
