// Directory names are <timestamp>_<slug>; the slug keeps them portable across file systems.
export function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error(`"${name}" cannot name a migration: use letters or digits, e.g. add_tenders.`);
  return slug;
}
