import "server-only";
import { changedTemplateSections, type TemplateSectionChange } from "@/lib/domain/templates/reuse/changed-sections";
import {
  readTemplateSections,
  TEMPLATE_SECTIONS,
  takenVersion,
  type TemplateSectionVersions,
} from "@/lib/domain/templates/reuse/template-sections";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { tenderWhereForViewer } from "@/lib/server/tenders/tender-scope";
import { changelogsAfter, publishedVersions, type PublishedTemplateVersion } from "./template-versions";

/** A tender's tie to the template it was started from, and what newer versions offer it. */
export type TenderTemplateLink = {
  template: { id: string; slug: string; name: string; publisherName: string };
  /** The version the tender was started from. */
  startVersion: number;
  /** Per section, the version last taken over (Tender.templateSections). */
  taken: TemplateSectionVersions;
  latest: PublishedTemplateVersion;
  /** The content of the versions the tender's sections came from, and of the latest, by number. */
  versions: ReadonlyMap<number, TemplateContent>;
  /** The sections the latest version changes, each against the version it was last taken from. */
  changes: TemplateSectionChange[];
  /** The changelogs of the versions published after the oldest one a section still holds. */
  newerVersions: { number: number; changelog: string; publishedAt: Date }[];
};

/**
 * The template link of a tender the viewer may see: null for a tender not started from a
 * template; NOT_FOUND for a tender of another organisation, as everywhere else.
 */
export async function getTenderTemplateLink(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
): Promise<TenderTemplateLink | null> {
  const row = await db.tender.findFirst({
    where: { AND: [{ id: tenderId }, tenderWhereForViewer(viewer)] },
    select: {
      templateSections: true,
      templateVersion: {
        select: {
          number: true,
          template: { select: { id: true, slug: true, name: true, organisation: { select: { name: true } } } },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (!row.templateVersion) return null;
  const { number: startVersion, template } = row.templateVersion;
  const taken = readTemplateSections(row.templateSections);
  const held = TEMPLATE_SECTIONS.map((section) => takenVersion(taken, section, startVersion));
  const oldestHeld = Math.min(startVersion, ...held);
  // One after the other: inside a transaction the queries share one connection.
  const newerVersions = await changelogsAfter(db, template.id, oldestHeld);
  const latestRows = await db.templateVersion.aggregate({
    where: { templateId: template.id, publishedAt: { not: null } },
    _max: { number: true },
  });
  const latestNumber = latestRows._max.number ?? startVersion;
  const versions = await publishedVersions(db, template.id, [startVersion, ...held, latestNumber]);
  const latest = versions.get(latestNumber);
  // The version the tender points to is published, so the latest exists; a broken link reads as none.
  if (!latest) return null;
  const contents = new Map([...versions].map(([number, version]) => [number, version.content]));
  return {
    // The name the latest version was published with; the template's own name may be a draft's.
    template: { id: template.id, slug: template.slug, name: latest.name, publisherName: template.organisation.name },
    startVersion,
    taken,
    latest,
    versions: contents,
    changes: changedTemplateSections({ startVersion, taken, versions: contents, latest }),
    newerVersions,
  };
}
