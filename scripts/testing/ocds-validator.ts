import fs from "node:fs";
import path from "node:path";
import Ajv, { type AnySchemaObject, type ErrorObject } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";

/**
 * Checks OCDS output against the official OCDS 1.1.5 release package and release schemas, with
 * the lots extension we declare merged in, and against the codelists (data/ocds/, copied from
 * the standard; see its README). For tests only: the app never validates at run time.
 *
 * - The schemas are JSON Schema draft-04, which Ajv 8 reads through ajv-draft-04; formats
 *   (uri, date-time) come from ajv-formats.
 * - Every field the schema ties to a codelist (`codelist: "x.csv"`) must hold one of its codes,
 *   open codelists included (we never invent codes), and never a deprecated one. A closed
 *   codelist whose CSV was not copied is checked by the schema's own enum.
 * - The lots extension's `Lot.submissionTerms` refers to the submission terms extension, which
 *   we neither use nor declare; OCDS tools resolve references only where data uses them, Ajv
 *   compiles them all, so that one property is left out of the merged schema.
 */

// Tests run from the project root (vitest and Playwright alike), as the app does (cpv-index.ts).
const OCDS_DIR = path.join(process.cwd(), "data", "ocds");
const readJson = (...parts: string[]) => JSON.parse(fs.readFileSync(path.join(OCDS_DIR, ...parts), "utf8"));

/** JSON Merge Patch (RFC 7386), as OCDS applies an extension's release-schema.json. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    target !== null && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

function releaseSchemaWithLots(): AnySchemaObject {
  const lots = readJson("extensions", "ocds_lots_extension", "release-schema.json");
  delete lots.definitions.Lot.properties.submissionTerms;
  return mergePatch(readJson("release-schema.json"), lots) as AnySchemaObject;
}

/** Codes of every codelist CSV we have: the standard's, then the extensions'. */
function loadCodelists(): Map<string, { codes: Set<string>; deprecated: Set<string> }> {
  const folders = [
    path.join(OCDS_DIR, "codelists"),
    ...fs
      .readdirSync(path.join(OCDS_DIR, "extensions"))
      .map((name) => path.join(OCDS_DIR, "extensions", name, "codelists")),
  ].filter((folder) => fs.existsSync(folder));
  const lists = new Map<string, { codes: Set<string>; deprecated: Set<string> }>();
  for (const folder of folders) {
    for (const file of fs.readdirSync(folder).filter((name) => name.endsWith(".csv"))) {
      if (lists.has(file)) continue;
      const rows = parse(fs.readFileSync(path.join(folder, file), "utf8"), { columns: true }) as Record<
        string,
        string
      >[];
      lists.set(file, {
        codes: new Set(rows.map((row) => row.Code!)),
        deprecated: new Set(rows.filter((row) => (row.Deprecated ?? "").trim() !== "").map((row) => row.Code!)),
      });
    }
  }
  return lists;
}

function createValidator() {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
  addFormats(ajv);
  // OCDS's own metadata keywords (merge rules, codelist openness, deprecation notes): no assertions.
  ajv.addVocabulary(["openCodelist", "deprecated", "omitWhenMerged", "wholeListMerge", "versionId", "mergeStrategy"]);
  const codelists = loadCodelists();
  ajv.addKeyword({
    keyword: "codelist",
    schemaType: "string",
    compile(file: string, parentSchema: AnySchemaObject) {
      const list = codelists.get(file);
      const hasEnum = Array.isArray(parentSchema.enum) || Array.isArray(parentSchema.items?.enum);
      const check = (code: unknown) =>
        code === null ||
        (list ? typeof code === "string" && list.codes.has(code) && !list.deprecated.has(code) : hasEnum);
      const validate = (data: unknown) => (Array.isArray(data) ? data.every(check) : check(data));
      validate.errors = [] as ErrorObject[];
      return function codelist(data: unknown) {
        const ok = validate(data);
        if (!ok) {
          (codelist as unknown as { errors: Partial<ErrorObject>[] }).errors = [
            {
              keyword: "codelist",
              message: list ? `must be a current code of ${file}` : `${file} is not in data/ocds`,
              params: { codelist: file },
            },
          ];
        }
        return ok;
      };
    },
    errors: true,
  });
  ajv.addSchema(releaseSchemaWithLots());
  return ajv.compile(readJson("release-package-schema.json"));
}

let compiled: ReturnType<typeof createValidator> | undefined;

/** Every problem of a release package, as "path: message" lines; empty when it is valid. */
export function releasePackageProblems(releasePackage: unknown): string[] {
  compiled ??= createValidator();
  if (compiled(releasePackage)) return [];
  return (compiled.errors ?? []).map(
    (error) => `${error.instancePath || "/"}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
  );
}
