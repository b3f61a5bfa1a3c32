import { SPDX_LICENCES } from "@/lib/domain/spdx/spdx-licence-list";

/**
 * The maintained list of licences that are marketed as "open" (or look it) but restrict use,
 * fields of endeavour, users or commercial use, so they are NOT_OPEN whatever else is said of them
 * (decisions.md "Open source licences"; reference.md §5.2). Each family names the SPDX ids it
 * covers on the shipped list (data/spdx, 3.28.0) and, for licences SPDX does not list (Llama,
 * RAIL, Commons Clause…), the names under which they are written as `LicenseRef-…` or
 * `AdditionRef-…`; those names also catch an id written without the prefix.
 *
 * To add a family: its SPDX ids or a name pattern, the restrictions, why it fails the Open Source
 * Definition (OSD) in one or two sentences, at least one source, and a message
 * `licences.restricted.<KEY>` in the three languages. docs/licences.md lists the families.
 */

export const LICENCE_RESTRICTIONS = [
  /** Use in production needs another grant (BUSL). */
  "PRODUCTION_USE",
  /** Offering the software as a (managed) service is forbidden or burdened. */
  "SERVICE",
  /** Commercial use or selling is forbidden. */
  "COMMERCIAL_USE",
  /** Use in a product that competes with the licensor is forbidden. */
  "COMPETING_USE",
  /** Some purposes or fields of endeavour are forbidden. */
  "FIELD_OF_USE",
  /** Users above a size (employees, revenue, monthly users) need another licence. */
  "USER_COUNT",
  /** Use must follow an acceptable-use policy the licensor can change. */
  "ACCEPTABLE_USE_POLICY",
  /** Modified versions may not be shared (no derivatives). */
  "DERIVATIVES",
] as const;
export type LicenceRestriction = (typeof LICENCE_RESTRICTIONS)[number];

export const RESTRICTED_FAMILY_KEYS = [
  "BUSL",
  "SSPL",
  "ELASTIC",
  "POLYFORM",
  "FSL",
  "HIPPOCRATIC",
  "CC_NC",
  "CC_ND",
  "JSON",
  "COMMONS_CLAUSE",
  "LLAMA",
  "RAIL",
  "CONFLUENT",
  "REDIS_RSAL",
] as const;
export type RestrictedFamilyKey = (typeof RESTRICTED_FAMILY_KEYS)[number];

export type RestrictedLicenceFamily = {
  readonly key: RestrictedFamilyKey;
  readonly name: string;
  /** Ids on the shipped SPDX list, exactly. */
  readonly spdxIds?: readonly string[];
  /** Ids on the shipped SPDX list matching this (families with many versions and ports). */
  readonly spdxIdPattern?: RegExp;
  /** Names of `LicenseRef-`/`AdditionRef-` references (after the prefix) and of unlisted ids. */
  readonly namePattern: RegExp;
  readonly restrictions: readonly LicenceRestriction[];
  /** Why it is not open, for maintainers (people read `licences.restricted.<key>`). */
  readonly why: string;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
};

const OSD = { title: "Open Source Initiative: The Open Source Definition", url: "https://opensource.org/osd" };

export const RESTRICTED_LICENCE_FAMILIES: readonly RestrictedLicenceFamily[] = [
  {
    key: "BUSL",
    name: "Business Source License",
    spdxIds: ["BUSL-1.1"],
    namePattern: /^(?:BUSL|Business-Source|BSL-1\.1$)/i,
    restrictions: ["PRODUCTION_USE"],
    why: "Production use only where an Additional Use Grant allows it, until a Change Date (at most four years) when it turns into an open licence. Breaks OSD 6 (fields of endeavour); the SPDX entry itself says it is not an open source licence.",
    sources: [{ title: "SPDX License List: BUSL-1.1", url: "https://spdx.org/licenses/BUSL-1.1.html" }, OSD],
  },
  {
    key: "SSPL",
    name: "Server Side Public License",
    spdxIds: ["SSPL-1.0"],
    namePattern: /^(?:SSPL|Server-Side-Public)/i,
    restrictions: ["SERVICE"],
    why: "Offering the software as a service obliges the provider to publish the source of its whole service stack. Submitted to the OSI and withdrawn; the OSI states it is not an open source licence.",
    sources: [
      {
        title: "Open Source Initiative: The SSPL is Not an Open Source License (2021)",
        url: "https://opensource.org/node/1099",
      },
      { title: "SPDX License List: SSPL-1.0", url: "https://spdx.org/licenses/SSPL-1.0.html" },
    ],
  },
  {
    key: "ELASTIC",
    name: "Elastic License",
    spdxIds: ["Elastic-2.0"],
    namePattern: /^(?:Elastic|ELv[12]\b)/i,
    restrictions: ["SERVICE"],
    why: "Forbids providing the software to others as a managed service and circumventing licence keys. Breaks OSD 6.",
    sources: [
      { title: "SPDX License List: Elastic-2.0", url: "https://spdx.org/licenses/Elastic-2.0.html" },
      { title: "Elastic License 2.0", url: "https://www.elastic.co/licensing/elastic-license" },
    ],
  },
  {
    key: "POLYFORM",
    name: "PolyForm licences",
    spdxIds: ["PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0"],
    namePattern: /^PolyForm/i,
    restrictions: ["COMMERCIAL_USE", "USER_COUNT", "COMPETING_USE"],
    why: "Each PolyForm licence limits use: non-commercial only, small businesses only, no competing products (Shield, Perimeter), internal use, trials. Breaks OSD 5 and 6.",
    sources: [
      { title: "PolyForm Project: licences", url: "https://polyformproject.org/licenses/" },
      { title: "SPDX License List: PolyForm-Noncommercial-1.0.0", url: "https://spdx.org/licenses/PolyForm-Noncommercial-1.0.0.html" }, // prettier-ignore
    ],
  },
  {
    key: "FSL",
    name: "Functional Source License",
    spdxIds: ["FSL-1.1-MIT", "FSL-1.1-ALv2"],
    namePattern: /^(?:FSL-|Functional-Source)/i,
    restrictions: ["COMPETING_USE"],
    why: "Forbids use in a commercial product or service that competes with the licensor, for two years, after which the version becomes MIT or Apache-2.0. Its authors call it a non-compete licence, not open source.",
    sources: [{ title: "FSL: Functional Source License", url: "https://fsl.software/" }],
  },
  {
    key: "HIPPOCRATIC",
    name: "Hippocratic License",
    spdxIds: ["Hippocratic-2.1"],
    namePattern: /^(?:Hippocratic|HL3\b)/i,
    restrictions: ["FIELD_OF_USE"],
    why: "Forbids uses that break human-rights standards the licence names. Its authors say that by design it does not meet OSD 5 and 6.",
    sources: [{ title: "Organization for Ethical Source: Hippocratic License, Learn", url: "https://firstdonoharm.dev/learn/" }, OSD], // prettier-ignore
  },
  {
    key: "CC_NC",
    name: "Creative Commons NonCommercial licences",
    spdxIdPattern: /^CC-BY-NC-/,
    namePattern: /^CC-BY-NC/i,
    restrictions: ["COMMERCIAL_USE"],
    why: "NonCommercial (NC) forbids commercial use. The Standard for Public Code says non-commercial or no-derivatives Creative Commons licences do not qualify; the FSF rates the NC licences non-free.",
    sources: [
      { title: "Standard for Public Code: Publish with an open license", url: "https://standard.publiccode.net/" },
      { title: "Creative Commons: About CC licences", url: "https://creativecommons.org/share-your-work/cclicenses/" }, // prettier-ignore
    ],
  },
  {
    key: "CC_ND",
    name: "Creative Commons NoDerivatives licences",
    spdxIdPattern: /^CC-BY-(?:NC-)?ND-/,
    namePattern: /^CC-BY-(?:NC-)?ND/i,
    restrictions: ["DERIVATIVES"],
    why: "NoDerivatives (ND) forbids sharing modified versions. Breaks OSD 3 (derived works); the Standard for Public Code excludes it; the FSF rates the ND licences non-free.",
    sources: [
      { title: "Standard for Public Code: Publish with an open license", url: "https://standard.publiccode.net/" },
      { title: "Creative Commons: About CC licences", url: "https://creativecommons.org/share-your-work/cclicenses/" }, // prettier-ignore
    ],
  },
  {
    key: "JSON",
    name: "JSON License",
    spdxIds: ["JSON"],
    namePattern: /^JSON(?:-License)?$/i,
    restrictions: ["FIELD_OF_USE"],
    why: '"The Software shall be used for Good, not Evil" forbids a field of use. The FSF rates it non-free (isFsfLibre false in the SPDX data); not OSI-approved.',
    sources: [{ title: "SPDX License List: JSON", url: "https://spdx.org/licenses/JSON.html" }, { title: "FSF: Various licenses and comments about them (JSON)", url: "https://www.gnu.org/licenses/license-list.html#JSON" }], // prettier-ignore
  },
  {
    key: "COMMONS_CLAUSE",
    name: "Commons Clause",
    namePattern: /Commons-?Clause/i,
    restrictions: ["COMMERCIAL_USE"],
    why: "A rider added to an open licence (often Apache-2.0) that removes the right to sell the software, including hosting or support whose value derives from it. Not on the SPDX exceptions list; the combination is not open even when the base licence is.",
    sources: [{ title: "Commons Clause", url: "https://commonsclause.com/" }],
  },
  {
    key: "LLAMA",
    name: "Llama Community License (Meta)",
    namePattern: /(?:^|[-.])Llama/i,
    restrictions: ["ACCEPTABLE_USE_POLICY", "USER_COUNT", "FIELD_OF_USE"],
    why: "An acceptable-use policy, a separate licence needed above 700 million monthly active users, and (Llama 2) no use of outputs to improve other models. The OSI states the Llama licences are not open source (OSD 5 and 6).",
    sources: [
      { title: "Open Source Initiative: Meta's LLaMa 2 license is not Open Source (2023)", url: "https://opensource.org/blog/metas-llama-2-license-is-not-open-source" }, // prettier-ignore
      { title: "Why is the Llama license not open source? (2025)", url: "https://shujisado.org/2025/01/27/why-is-the-llama-license-not-open-source" }, // prettier-ignore
    ],
  },
  {
    key: "RAIL",
    name: "Responsible AI Licenses (RAIL, OpenRAIL)",
    namePattern: /(?:^|[-.])(?:Open)?RAIL(?=$|[-.])/i,
    restrictions: ["FIELD_OF_USE"],
    why: "Use-based restrictions in an attachment (for example no medical advice, some law-enforcement uses) that must be passed on downstream. Discriminates against fields of endeavour (OSD 6).",
    sources: [
      { title: "RAIL: naming convention of Responsible AI Licenses", url: "https://licenses.ai/blog/2022/8/18/naming-convention-of-responsible-ai-licenses" }, // prettier-ignore
      { title: "Hugging Face: OpenRAIL", url: "https://huggingface.co/blog/open_rail" },
    ],
  },
  {
    key: "CONFLUENT",
    name: "Confluent Community License",
    namePattern: /^Confluent-Community/i,
    restrictions: ["SERVICE", "COMPETING_USE"],
    why: "Forbids offering the software as an online service that competes with Confluent. Confluent itself says it is not open source.",
    sources: [{ title: "Confluent Community License FAQ", url: "https://www.confluent.io/confluent-community-license-faq/" }], // prettier-ignore
  },
  {
    key: "REDIS_RSAL",
    name: "Redis Source Available License",
    namePattern: /^(?:RSAL|Redis-Source-Available)/i,
    restrictions: ["SERVICE", "COMPETING_USE"],
    why: "Forbids building a database, caching, search or similar product on the software. Redis says it is not OSI-approved and not an open source licence.",
    sources: [{ title: "Redis: licences", url: "https://redis.com/legal/licenses/" }],
  },
];

const familiesBySpdxId = new Map<string, RestrictedLicenceFamily[]>();
for (const licence of SPDX_LICENCES) {
  const families = RESTRICTED_LICENCE_FAMILIES.filter(
    (family) => family.spdxIds?.includes(licence.id) || family.spdxIdPattern?.test(licence.id),
  );
  if (families.length > 0) familiesBySpdxId.set(licence.id, families);
}

/** The restricted families of a licence on the SPDX list (canonical id), or none. */
export function restrictedFamiliesOfSpdxId(id: string): readonly RestrictedLicenceFamily[] {
  return familiesBySpdxId.get(id) ?? [];
}

/**
 * The restricted families a name not on the SPDX list stands for: the part after `LicenseRef-`
 * or `AdditionRef-`, an exception id not on the list (`Commons-Clause`), or an unlisted licence id
 * (`Llama-3-Community`). ScanCode writes its references `LicenseRef-scancode-<key>`: that prefix
 * is skipped.
 */
export function restrictedFamiliesOfName(name: string): readonly RestrictedLicenceFamily[] {
  const bare = name.replace(/^scancode-/i, "");
  return RESTRICTED_LICENCE_FAMILIES.filter((family) => family.namePattern.test(bare));
}

/** Restrictions that limit use itself (all but "no derivatives"), for AI models (OSAID). */
export function restrictsUse(family: RestrictedLicenceFamily): boolean {
  return family.restrictions.some((restriction) => restriction !== "DERIVATIVES");
}
