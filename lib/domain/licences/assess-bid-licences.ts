import type { BidComponent, ComponentRelation } from "@/lib/domain/bids/bid-model";
import { assessAiModelLicence, type AiModelLicenceAssessment } from "./ai-model";
import { classifyLicenceExpression, type LicenceClassification } from "./classify-expression";
import { canonicalOutboundLicence, checkDeliverable, type DeliverableCheck } from "./deliverables-check";
import { isFreeClass, LICENCE_CLASSES, leastOpen, type LicenceClass } from "./licence-class";

/**
 * The licence part of a bid's automatic assessment: every component classified, the bid's "open
 * source" claim checked against them, the delivered components checked against the tender's
 * outbound licence, and the AI models' openness class and use restrictions.
 */

export type ComponentLicenceAssessment = {
  /** Position in the bid's component list. */
  readonly index: number;
  readonly name: string;
  readonly version: string;
  readonly relation: ComponentRelation;
  readonly classification: LicenceClassification;
  /** For delivered components only. */
  readonly deliverable: DeliverableCheck | null;
  /** For AI models only. */
  readonly aiModel: AiModelLicenceAssessment | null;
};

/** A component that stops the bid's "open source" claim from holding. */
export type ClaimBreakingComponent = {
  readonly index: number;
  readonly name: string;
  readonly version: string;
  readonly relation: ComponentRelation;
  readonly licence: string;
  readonly licenceClass: LicenceClass;
};

/**
 * - NOT_CLAIMED: the bid does not call itself open source.
 * - SUPPORTED: it does, and every component is open or free.
 * - OPEN_WASHING: it does, and a delivered component is not open or cannot be shown to be
 *   (decisions.md: a delivered component).
 * - DEPENDENCIES_NOT_OPEN: it does, every delivered component is open or free, but a dependency
 *   is not (or is unknown): flagged as well, since the solution cannot run without it.
 * - NOTHING_TO_CHECK: it does, but lists no components, so the claim cannot be verified.
 */
export const OPEN_SOURCE_CLAIM_STATUSES = [
  "NOT_CLAIMED",
  "SUPPORTED",
  "OPEN_WASHING",
  "DEPENDENCIES_NOT_OPEN",
  "NOTHING_TO_CHECK",
] as const;
export type OpenSourceClaimStatus = (typeof OPEN_SOURCE_CLAIM_STATUSES)[number];

export type BidLicenceAssessment = {
  /** The outbound licence the deliverables were checked against (its list form). */
  readonly outboundLicence: string;
  readonly components: readonly ComponentLicenceAssessment[];
  readonly counts: Readonly<Record<LicenceClass, number>>;
  /** The least open class among the components (they all apply together); null without components. */
  readonly overallClass: LicenceClass | null;
  readonly openSourceClaim: {
    readonly claimed: boolean;
    readonly status: OpenSourceClaimStatus;
    /** True for OPEN_WASHING and DEPENDENCIES_NOT_OPEN. */
    readonly flagged: boolean;
    /** Components that are not open or unknown, delivered ones first; listed whether or not the bid claims open source. */
    readonly components: readonly ClaimBreakingComponent[];
  };
  readonly deliverables: {
    readonly count: number;
    /** Delivered components whose verdict is not SAME_LICENCE or COMPATIBLE. */
    readonly needingAttention: readonly ComponentLicenceAssessment[];
  };
  readonly aiModels: {
    readonly count: number;
    readonly useRestricted: number;
    readonly claimContradicted: number;
  };
};

export function assessBidLicences(
  components: readonly BidComponent[],
  tender: { readonly claimsOpenSource: boolean; readonly outboundLicence: string },
): BidLicenceAssessment {
  const outbound = canonicalOutboundLicence(tender.outboundLicence);
  const assessed = components.map((component, index): ComponentLicenceAssessment => {
    const classification = classifyLicenceExpression(component.licence);
    return {
      index,
      name: component.name,
      version: component.version,
      relation: component.relation,
      classification,
      deliverable:
        component.relation === "DELIVERED" ? checkDeliverable(classification.tree, component.licence, outbound) : null,
      aiModel: component.isAiModel ? assessAiModelLicence(component.modelOpennessClass, classification) : null,
    };
  });

  const counts = Object.fromEntries(LICENCE_CLASSES.map((licenceClass) => [licenceClass, 0])) as Record<LicenceClass, number>; // prettier-ignore
  for (const component of assessed) counts[component.classification.licenceClass]++;

  const breaking = assessed
    .filter((component) => !isFreeClass(component.classification.licenceClass))
    .sort((a, b) => Number(a.relation !== "DELIVERED") - Number(b.relation !== "DELIVERED") || a.index - b.index)
    .map((component): ClaimBreakingComponent => ({
      index: component.index,
      name: component.name,
      version: component.version,
      relation: component.relation,
      licence: component.classification.expression,
      licenceClass: component.classification.licenceClass,
    }));
  const status = claimStatus(tender.claimsOpenSource, assessed.length, breaking);
  const delivered = assessed.filter((component) => component.deliverable !== null);
  const aiModels = assessed.filter((component) => component.aiModel !== null);

  return {
    outboundLicence: outbound,
    components: assessed,
    counts,
    overallClass: assessed.length > 0 ? leastOpen(assessed.map((component) => component.classification.licenceClass)) : null, // prettier-ignore
    openSourceClaim: {
      claimed: tender.claimsOpenSource,
      status,
      flagged: status === "OPEN_WASHING" || status === "DEPENDENCIES_NOT_OPEN",
      components: breaking,
    },
    deliverables: {
      count: delivered.length,
      needingAttention: delivered.filter(
        (component) => component.deliverable!.verdict !== "SAME_LICENCE" && component.deliverable!.verdict !== "COMPATIBLE", // prettier-ignore
      ),
    },
    aiModels: {
      count: aiModels.length,
      useRestricted: aiModels.filter((component) => component.aiModel!.useRestriction === "RESTRICTED").length,
      claimContradicted: aiModels.filter((component) => component.aiModel!.claim === "CONTRADICTED").length,
    },
  };
}

function claimStatus(
  claimed: boolean,
  componentCount: number,
  breaking: readonly ClaimBreakingComponent[],
): OpenSourceClaimStatus {
  if (!claimed) return "NOT_CLAIMED";
  if (componentCount === 0) return "NOTHING_TO_CHECK";
  if (breaking.some((component) => component.relation === "DELIVERED")) return "OPEN_WASHING";
  return breaking.length > 0 ? "DEPENDENCIES_NOT_OPEN" : "SUPPORTED";
}
