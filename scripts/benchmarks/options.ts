/** `--name N` from the command line, a positive whole number; `fallback` when not given. */
export function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive whole number.`);
  return value;
}

/** `--name "…"` from the command line; undefined when not given. */
export function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (!value || value.startsWith("--")) throw new Error(`${name} takes a value.`);
  return value;
}
