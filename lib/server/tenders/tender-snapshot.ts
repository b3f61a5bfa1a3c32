import "server-only";
import { readTemplateSections, type TemplateSectionVersions } from "@/lib/domain/templates/reuse/template-sections";
import type { TenderDto } from "./tender-dto";

type Snapshot = Omit<TenderDto, "version" | "updatedAt">;

/**
 * What a snapshot holds when a field is missing from it: revisions stored before a section existed
 * read as if that section were empty, as the tender itself did then.
 */
const EMPTY_SNAPSHOT: Snapshot = {
  id: "",
  reference: "",
  title: "",
  summary: "",
  status: "DRAFT",
  contractNature: null,
  procedureType: null,
  procedureGround: null,
  mainCpv: null,
  additionalCpvs: [],
  estimatedValueCents: null,
  currency: "EUR",
  durationMonths: null,
  renewalOptions: "",
  documentsLanguage: "en",
  lots: [],
  reasonsForNotDividing: "",
  requirements: [],
  clauses: [],
  clauseRemovals: [],
  lintDismissals: [],
  sovereignty: null,
  award: null,
  innovationPhases: [],
  publicationDate: null,
  requestsDeadline: null,
  invitationDate: null,
  clarificationDeadline: null,
  tenderDeadline: null,
  openingDate: null,
  completedSections: [],
};

/**
 * A revision's snapshot (recordTenderRevision: the TenderDto without version and updatedAt) read
 * back as a TenderDto, so the pages' summaries and the restore handle it like the live tender.
 * Its version is the revision's and its updatedAt the moment the revision was stored.
 */
export function tenderFromSnapshot(
  snapshot: unknown,
  revision: { tenderId: string; version: number; createdAt: Date },
): TenderDto {
  const stored = snapshot !== null && typeof snapshot === "object" && !Array.isArray(snapshot) ? snapshot : {};
  const known = Object.fromEntries(
    Object.entries(stored).filter(([field, value]) => field in EMPTY_SNAPSHOT && value !== undefined),
  ) as Partial<Snapshot>;
  return {
    ...EMPTY_SNAPSHOT,
    ...known,
    id: revision.tenderId,
    version: revision.version,
    updatedAt: revision.createdAt,
  };
}

/**
 * The template link state stored with a revision (Tender.templateSections at that moment), or
 * null for a revision stored before snapshots kept it.
 */
export function templateSectionsFromSnapshot(snapshot: unknown): TemplateSectionVersions | null {
  if (snapshot === null || typeof snapshot !== "object" || !("templateSections" in snapshot)) return null;
  return readTemplateSections(snapshot.templateSections);
}
