import { lineStartsOf, positionIn } from "./report";

/**
 * Where a JSON text first breaks the grammar (RFC 8259), as an offset, or -1 when it is valid.
 * JSON.parse says what is wrong but, in Node 20, often not where; people need a line and a
 * column. Only run after JSON.parse has failed; a nesting deep enough to exhaust the stack gives
 * up (-1) rather than guess.
 */
export function jsonErrorOffset(source: string): number {
  try {
    const end = skipSpace(source, value(source, skipSpace(source, 0)));
    return end === source.length ? -1 : end;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.offset;
    return -1;
  }
}

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

function fail(at: number): never {
  throw new JsonSyntaxError(at);
}

function skipSpace(source: string, at: number): number {
  while (at < source.length && " \t\n\r".includes(source[at]!)) at++;
  return at;
}

/** Reads one value from `at` (spaces already skipped) and returns the offset after it. */
function value(source: string, at: number): number {
  const char = source[at];
  if (char === "{") return members(source, at + 1, "}", true);
  if (char === "[") return members(source, at + 1, "]", false);
  if (char === '"') return string(source, at);
  for (const literal of ["true", "false", "null"]) {
    if (source.startsWith(literal, at)) return at + literal.length;
  }
  const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(at, at + 400));
  if (number && number[0] !== "" && number[0] !== "-") return at + number[0].length;
  return fail(at);
}

/** The entries of an object (key: value) or an array, up to the closing bracket. */
function members(source: string, at: number, close: string, keyed: boolean): number {
  at = skipSpace(source, at);
  if (source[at] === close) return at + 1;
  for (;;) {
    if (keyed) {
      if (source[at] !== '"') fail(at);
      at = skipSpace(source, string(source, at));
      if (source[at] !== ":") fail(at);
      at = skipSpace(source, at + 1);
    }
    at = skipSpace(source, value(source, at));
    if (source[at] === close) return at + 1;
    if (source[at] !== ",") fail(at);
    at = skipSpace(source, at + 1);
  }
}

function string(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    const char = source[i]!;
    if (char === '"') return i + 1;
    if (char < " ") fail(i);
    if (char === "\\") {
      const escape = source[i + 1];
      if (escape === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) fail(i);
        i += 5;
      } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
        i += 1;
      } else {
        fail(i);
      }
    }
  }
  return fail(source.length);
}

/** JSON.parse says what is wrong; people also need where, as a line and a column. */
export function jsonErrorWithPlace(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(source);
  if (offset < 0) return message;
  const { line, column } = positionIn(lineStartsOf(source), offset);
  return `line ${line}, column ${column}: ${message}`;
}
