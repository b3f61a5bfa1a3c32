import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate, and migrate on machines that have Prisma's native engines).
// DATABASE_URL may be absent: generate needs no database, and our own scripts pass the URL of
// the embedded PostgreSQL when they apply migrations.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/tender_commons" },
});
