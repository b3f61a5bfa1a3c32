/**
 * Licence rules of the automatic bid assessment (issue 5): SPDX expressions parsed and classified
 * per decisions.md "Open source licences", the restricted list, the bid's open-source claim, the
 * deliverables against the tender's outbound licence, and AI models. Pure functions; see
 * docs/licences.md.
 */
export {
  formatLicenceExpression,
  type LicenceExpressionNode,
  type LicenceIdNode,
  type LicenceRefNode,
} from "./expression-ast";
export { parseLicenceExpression, type ParsedLicenceExpression } from "./parse-expression";
export {
  LICENCE_SYNTAX_ERROR_CODES,
  MAX_LICENCE_EXPRESSION_DEPTH,
  MAX_LICENCE_EXPRESSION_LENGTH,
  type LicenceSyntaxError,
  type LicenceSyntaxErrorCode,
} from "./syntax-error";
export {
  isFreeClass,
  LICENCE_CLASSES,
  USE_RESTRICTIONS,
  type LicenceClass,
  type UseRestriction,
} from "./licence-class";
export { LICENCE_REASON_CODES, type LicenceReason, type LicenceReasonCode } from "./licence-reasons";
export { classifyLicenceExpression, type LicenceClassification } from "./classify-expression";
export {
  RESTRICTED_FAMILY_KEYS,
  RESTRICTED_LICENCE_FAMILIES,
  type RestrictedFamilyKey,
  type RestrictedLicenceFamily,
} from "./restricted-licences";
export {
  checkDeliverable,
  DELIVERABLE_FINDINGS,
  DELIVERABLE_VERDICTS,
  type DeliverableCheck,
  type DeliverableFinding,
  type DeliverableVerdict,
} from "./deliverables-check";
export { tenderOutboundLicence, type OutboundLicence } from "./outbound-licence";
export {
  assessAiModelLicence,
  MODEL_CLAIM_STATUSES,
  MODEL_OPENNESS_LABELS,
  type AiModelLicenceAssessment,
  type ModelClaimStatus,
} from "./ai-model";
export {
  assessBidLicences,
  OPEN_SOURCE_CLAIM_STATUSES,
  type BidLicenceAssessment,
  type ClaimBreakingComponent,
  type ComponentLicenceAssessment,
  type OpenSourceClaimStatus,
} from "./assess-bid-licences";
