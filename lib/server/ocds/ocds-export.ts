import "server-only";
import type { OcdsReleasePackage } from "@/lib/domain/ocds/ocds-model";
import { releasePackage } from "@/lib/domain/ocds/release-package";
import { OCDS_DEFAULT_PAGE_SIZE, OCDS_MAX_PAGE_SIZE } from "@/lib/schemas/ocds";
import type { DbClient } from "@/lib/server/db";
import { pageUrl, readOcdsReleasesPage, type OcdsReadOptions } from "./ocds-releases";

export type OcdsExport = { releasePackage: OcdsReleasePackage; processCount: number } | null;

/**
 * Every page of the releases in one package, for `tender-commons export ocds`: read page by page
 * through the route's own function, so the file holds exactly what the API serves. Its uri is
 * the address of the API's first page for the same query. Null when nothing is published (since
 * that date): a package holds at least one release.
 */
export async function readOcdsExport(
  db: DbClient,
  filter: { since?: Date },
  options: OcdsReadOptions,
): Promise<OcdsExport> {
  const releases = [];
  let processCount = 0;
  for (let page = 1; ; page++) {
    const read = await readOcdsReleasesPage(db, { page, pageSize: OCDS_MAX_PAGE_SIZE, since: filter.since }, options);
    if (read.kind === "EMPTY") break;
    releases.push(...read.releasePackage.releases);
    processCount = read.processCount;
    if (page >= read.pageCount) break;
  }
  if (releases.length === 0) return null;
  const uri = pageUrl(options.baseUrl, { page: 1, pageSize: OCDS_DEFAULT_PAGE_SIZE, since: filter.since });
  return { releasePackage: releasePackage({ uri, releases, settings: options.settings }), processCount };
}
