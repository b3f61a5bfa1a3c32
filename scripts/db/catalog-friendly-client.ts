import pg from "pg";

// The schema engine reads PostgreSQL's catalogs, whose one-byte `"char"` columns
// (pg_class.relkind, pg_constraint.contype, ...) @prisma/adapter-pg 7.10 rejects as an
// unsupported column type ("Column type 'char' could not be deserialized"). node-postgres
// already hands their values over as strings; relabelling the column as text lets the
// adapter accept them. Used for the schema engine's connections only, never the app's.
const CATALOG_TYPES_AS_TEXT = new Set([
  18, // "char"
]);
const TEXT = 25;

export class CatalogFriendlyClient extends pg.Client {
  // node-postgres's query() has many overloads (promise or callback, text or config); this
  // passes every form through unchanged and only touches the result.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const original = super.query as (...queryArgs: unknown[]) => unknown;
    const callbackAt = args.findIndex((arg) => typeof arg === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: Error | null, result: unknown) => void;
      args[callbackAt] = (error: Error | null, result: unknown) => callback(error, relabel(result));
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    return returned instanceof Promise ? returned.then(relabel) : returned;
  }
}

function relabel(result: unknown): unknown {
  // A script of several statements yields one result per statement.
  for (const single of Array.isArray(result) ? result : [result]) {
    const fields = (single as pg.QueryResult | undefined)?.fields ?? [];
    for (const field of fields) {
      if (CATALOG_TYPES_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT;
    }
  }
  return result;
}
