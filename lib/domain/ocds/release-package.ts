import type { IsoDate } from "@/lib/domain/tender/calendar-date";
import { awardRelease } from "./award-release";
import { isPublicTender, type PublicTenderStatus } from "./codes";
import type { CpvLabel, OcdsProcessInput, OcdsSettings } from "./ocds-input";
import { LOTS_EXTENSION_URL, OCDS_VERSION, type OcdsRelease, type OcdsReleasePackage } from "./ocds-model";
import { tenderRelease } from "./tender-release";

/**
 * Every release of one contracting process: none for a tender that is not public (a draft, a
 * tender in review or approved, a draft cancelled before publication); the tender release for a
 * public one; and, once the tender is AWARDED, one award release per award decision. Award
 * decisions of a tender still in evaluation (some lots decided) stay unpublished until the last
 * lot is decided, and those of a tender cancelled meanwhile never appear.
 */
export function contractingProcessReleases(
  input: OcdsProcessInput,
  settings: OcdsSettings,
  cpvLabel: CpvLabel,
  today: IsoDate,
): OcdsRelease[] {
  if (!isPublicTender(input.tender)) return [];
  const status = input.tender.status as PublicTenderStatus;
  const awards = status === "AWARDED" ? input.awards : [];
  const process = { ...input, awards };
  return [
    tenderRelease(process, status, settings, cpvLabel),
    ...awards.map((award) => awardRelease(process, award, settings, today)),
  ];
}

/**
 * A release package: the releases with who publishes them, under which licence, and the lots
 * extension they use. Its publishedDate is the latest release's date, as OCDS asks of packages
 * made on demand ("the date of the last change to the underlying contents"), so the same data
 * always gives the same package. A package holds at least one release (the schema's minItems).
 */
export function releasePackage(input: {
  uri: string;
  releases: readonly OcdsRelease[];
  settings: OcdsSettings;
  links?: OcdsReleasePackage["links"];
}): OcdsReleasePackage {
  const { settings, releases } = input;
  if (releases.length === 0) throw new Error("A release package holds at least one release.");
  const publishedDate = releases
    .map((release) => release.date)
    .reduce((latest, date) => (date > latest ? date : latest));
  return {
    uri: input.uri,
    version: OCDS_VERSION,
    extensions: [LOTS_EXTENSION_URL],
    publishedDate,
    publisher: { name: settings.publisher.name, ...(settings.publisher.uri ? { uri: settings.publisher.uri } : {}) },
    license: settings.license,
    ...(settings.publicationPolicy ? { publicationPolicy: settings.publicationPolicy } : {}),
    releases: [...releases],
    ...(input.links && Object.keys(input.links).length > 0 ? { links: input.links } : {}),
  };
}
