import type { Clause } from "../clause-model";
import { accessibility } from "./accessibility-en-301-549";
import { aiComponentOpenness } from "./ai-component-openness";
import { aiNoTrainingOnAuthorityData } from "./ai-no-training-on-authority-data";
import { buildInstructions } from "./build-instructions";
import { customerHeldKeys } from "./customer-held-keys";
import { cyberResilienceActAlignment } from "./cyber-resilience-act";
import { dataLocationAndJurisdiction } from "./data-location-and-jurisdiction";
import { deliverablesLicence } from "./deliverables-licence";
import { documentation } from "./documentation";
import { documentedApis } from "./documented-apis";
import { escrow } from "./escrow";
import { exitPlanAndDataPortability } from "./exit-plan-and-data-portability";
import { innovationPhases } from "./innovation-phases";
import { interoperabilityEif } from "./interoperability-eif";
import { ipRightsTransfer } from "./ip-rights-transfer";
import { knowledgeTransfer } from "./knowledge-transfer";
import { maintenanceAndSupportLevels } from "./maintenance-and-support-levels";
import { noVendorLockIn } from "./no-vendor-lock-in";
import { nonOpenStandardsJustification } from "./non-open-standards-justification";
import { openDevelopmentPractices } from "./open-development-practices";
import { openFormatsData } from "./open-formats-data";
import { openFormatsDocuments } from "./open-formats-documents";
import { openStandardsCollaboration } from "./open-standards-collaboration";
import { openStandardsIdentity } from "./open-standards-identity";
import { priceIndexationCap } from "./price-indexation-cap";
import { priceTransparencyTco } from "./price-transparency-tco";
import { prototypeLicence } from "./prototype-licence";
import { publicRepository } from "./public-repository";
import { reversibilityAssistance } from "./reversibility-assistance";
import { signedReleases } from "./signed-releases";
import { softwareBillOfMaterials } from "./software-bill-of-materials";
import { sourceCodeDelivery } from "./source-code-delivery";
import { supplyChainTransparency } from "./supply-chain-transparency";
import { switchingCharges } from "./switching-charges";
import { thirdPartyComponents } from "./third-party-components";
import { upstreamContribution } from "./upstream-contribution";
import { vulnerabilityHandling } from "./vulnerability-handling";

/**
 * The library as shipped: version 1 of every clause, in document order (by category, then in the
 * order a tender reads them). The database seeds its first versions from this list; from then on
 * the library lives in the database and the OSPO edits it there.
 */
export const CLAUSE_LIBRARY: readonly Clause[] = [
  // LICENSING
  deliverablesLicence,
  thirdPartyComponents,
  ipRightsTransfer,
  // SOURCE_CODE
  sourceCodeDelivery,
  buildInstructions,
  publicRepository,
  // DOCUMENTATION
  documentation,
  // OPEN_STANDARDS
  openFormatsDocuments,
  openFormatsData,
  documentedApis,
  nonOpenStandardsJustification,
  openStandardsIdentity,
  openStandardsCollaboration,
  // INTEROPERABILITY
  interoperabilityEif,
  noVendorLockIn,
  // EXIT
  exitPlanAndDataPortability,
  reversibilityAssistance,
  knowledgeTransfer,
  switchingCharges,
  escrow,
  // SECURITY
  softwareBillOfMaterials,
  vulnerabilityHandling,
  signedReleases,
  cyberResilienceActAlignment,
  // ACCESSIBILITY
  accessibility,
  // DATA_PROTECTION_AND_LOCATION
  dataLocationAndJurisdiction,
  customerHeldKeys,
  // SUPPORT
  maintenanceAndSupportLevels,
  // AI
  aiComponentOpenness,
  aiNoTrainingOnAuthorityData,
  // INNOVATION
  innovationPhases,
  prototypeLicence,
  // PRICING
  priceTransparencyTco,
  priceIndexationCap,
  // GOVERNANCE
  upstreamContribution,
  supplyChainTransparency,
  openDevelopmentPractices,
];

const byKey = new Map(CLAUSE_LIBRARY.map((clause) => [clause.key, clause]));

/** The shipped clause with this key, or undefined. */
export function findLibraryClause(key: string): Clause | undefined {
  return byKey.get(key);
}
