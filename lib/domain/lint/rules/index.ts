import type { TextAnalysis } from "../text-analysis";
import type { TextFinding, TextRuleOptions } from "../text-finding";
import { findNamedProducts, findTrademarkSigns } from "./named-products";
import { findNegotiatedWithoutPublicationWording } from "./negotiated-wording";
import { findProductCompatibility } from "./product-compatibility";
import { findProprietaryFormats } from "./proprietary-formats";
import { findVendorCertifications } from "./vendor-certifications";

/**
 * The text rules over one analysed text, in text order. Certifications (rule 3) and
 * compatibility (rule 4) go first and claim their names, so a name is reported once, by the most
 * specific rule.
 */
export function textRules(
  analysis: TextAnalysis,
  options: TextRuleOptions & { negotiatedWording: boolean },
): TextFinding[] {
  const { findings: certifications, used } = findVendorCertifications(analysis, options);
  const compatibility = findProductCompatibility(analysis, used);
  return [
    ...certifications,
    ...compatibility,
    ...findNamedProducts(analysis, used, options),
    ...findTrademarkSigns(analysis),
    ...findProprietaryFormats(analysis),
    ...(options.negotiatedWording ? findNegotiatedWithoutPublicationWording(analysis) : []),
  ].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
