// The demo data is the lead's prisma/seed.ts; imported lazily so that the other commands do
// not load the app's Prisma client.
export async function seed(databaseUrl: string): Promise<void> {
  const { seedDemoData } = await import("../../prisma/seed");
  await seedDemoData(databaseUrl);
}
