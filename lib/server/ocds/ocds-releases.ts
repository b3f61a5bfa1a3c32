import "server-only";
import type { CpvLabel, OcdsSettings } from "@/lib/domain/ocds/ocds-input";
import type { OcdsRelease, OcdsReleasePackage } from "@/lib/domain/ocds/ocds-model";
import { contractingProcessReleases, releasePackage } from "@/lib/domain/ocds/release-package";
import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import { isLocale } from "@/lib/i18n/config";
import { OCDS_DEFAULT_PAGE_SIZE, type OcdsReleasesQuery } from "@/lib/schemas/ocds";
import { findCpv } from "@/lib/server/cpv/cpv-index";
import type { DbClient } from "@/lib/server/db";
import { countPublishedProcesses, readPublishedProcesses, type ProcessFilter } from "./published-processes";

/** Where the releases are served, relative to the app's public address. */
export const OCDS_RELEASES_PATH = "/api/ocds/releases";

export type OcdsReleasesPage =
  | { kind: "PACKAGE"; releasePackage: OcdsReleasePackage; processCount: number; pageCount: number }
  /** Nothing is published (since that date), or the page is past the last one. */
  | { kind: "EMPTY"; processCount: number; pageCount: number };

export type OcdsReadOptions = {
  settings: OcdsSettings;
  /** The app's public address (NEXTAUTH_URL), for the package's uri, the page links and the documents' addresses. */
  baseUrl: string;
  /** Today's date, for the awards' standstill. */
  today?: IsoDate;
  /** Tests narrow the instance to their own organisations. */
  organisationIds?: readonly string[];
};

/**
 * One page of the instance's OCDS releases as a release package: what `GET /api/ocds/releases`
 * serves and `tender-commons export ocds` writes, page by page. Pages count contracting
 * processes; each comes with all its releases, so a process is never split over two pages.
 */
export async function readOcdsReleasesPage(
  db: DbClient,
  query: OcdsReleasesQuery,
  options: OcdsReadOptions,
): Promise<OcdsReleasesPage> {
  const filter: ProcessFilter = { since: query.since, organisationIds: options.organisationIds };
  const processCount = await countPublishedProcesses(db, filter);
  const pageCount = Math.ceil(processCount / query.pageSize);
  if (query.page > pageCount) return { kind: "EMPTY", processCount, pageCount };
  const processes = await readPublishedProcesses(
    db,
    filter,
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    options.baseUrl,
  );
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const releases: OcdsRelease[] = processes.flatMap((process) =>
    contractingProcessReleases(process, options.settings, cpvLabel, today),
  );
  // Only a process changed between the count and the read could leave a page without release.
  if (releases.length === 0) return { kind: "EMPTY", processCount, pageCount };
  const link = (page: number) => pageUrl(options.baseUrl, { ...query, page });
  return {
    kind: "PACKAGE",
    processCount,
    pageCount,
    releasePackage: releasePackage({
      uri: link(query.page),
      releases,
      settings: options.settings,
      links: {
        ...(query.page < pageCount ? { next: link(query.page + 1) } : {}),
        ...(query.page > 1 ? { prev: link(query.page - 1) } : {}),
      },
    }),
  };
}

/** The address of a page, with only the parameters that differ from the defaults. */
export function pageUrl(baseUrl: string, query: OcdsReleasesQuery): string {
  const url = new URL(OCDS_RELEASES_PATH, baseUrl);
  if (query.since) url.searchParams.set("since", query.since.toISOString());
  if (query.pageSize !== OCDS_DEFAULT_PAGE_SIZE) url.searchParams.set("pageSize", String(query.pageSize));
  if (query.page !== 1) url.searchParams.set("page", String(query.page));
  return url.toString();
}

/** CPV labels from the app's vocabulary, in the release's language (English for another one). */
const cpvLabel: CpvLabel = (code, language) => findCpv(code)?.labels[isLocale(language) ? language : "en"];
