import type { ClauseApplicability, ClauseSource } from "../clause-model";

/**
 * Citations the clauses share: EU law (by ELI where there is one, so the link opens in the
 * reader's language on EUR-Lex) and the guidance the wording draws on (reference.md §5–§7).
 */

const source = (citation: string, url: string): ClauseSource => ({ citation, url });

/** Applies to every tender. */
export const ANY_TENDER: ClauseApplicability = { contractNatures: [], procedureTypes: [], cpvPrefixes: [] };

/** Software packages (48) and IT services (72): where hosting, data and operations are bought. */
export const SOFTWARE_AND_IT_SERVICES: readonly string[] = ["48", "72"];

export const directive = (provision: string) =>
  source(`Directive 2014/24/EU, ${provision}`, "https://eur-lex.europa.eu/eli/dir/2014/24/oj");

export const dataAct = (provision: string) =>
  source(`Regulation (EU) 2023/2854 (Data Act), ${provision}`, "https://eur-lex.europa.eu/eli/reg/2023/2854/oj");

export const cyberResilienceAct = (provision: string) =>
  source(
    `Regulation (EU) 2024/2847 (Cyber Resilience Act), ${provision}`,
    "https://eur-lex.europa.eu/eli/reg/2024/2847/oj",
  );

export const gdpr = (provision: string) =>
  source(`Regulation (EU) 2016/679 (GDPR), ${provision}`, "https://eur-lex.europa.eu/eli/reg/2016/679/oj");

export const EUPL = source(
  "Commission Implementing Decision (EU) 2017/863 (EUPL v1.2 and its Appendix of compatible licences)",
  "https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj",
);
export const WEB_ACCESSIBILITY_DIRECTIVE = source(
  "Directive (EU) 2016/2102 on the accessibility of public sector websites and mobile applications",
  "https://eur-lex.europa.eu/eli/dir/2016/2102/oj",
);
export const EUROPEAN_ACCESSIBILITY_ACT = source(
  "Directive (EU) 2019/882 (European Accessibility Act)",
  "https://eur-lex.europa.eu/eli/dir/2019/882/oj",
);
export const EN_301_549_DECISION = source(
  "Commission Implementing Decision (EU) 2021/1339 (EN 301 549 V3.2.1 as harmonised standard)",
  "https://eur-lex.europa.eu/eli/dec_impl/2021/1339/oj",
);
export const INTEROPERABLE_EUROPE_ACT = source(
  "Regulation (EU) 2024/903 (Interoperable Europe Act)",
  "https://eur-lex.europa.eu/eli/reg/2024/903/oj",
);
export const AI_ACT = source("Regulation (EU) 2024/1689 (AI Act)", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj");
export const OPEN_DATA_DIRECTIVE = source(
  "Directive (EU) 2019/1024 on open data and the re-use of public sector information",
  "https://eur-lex.europa.eu/eli/dir/2019/1024/oj",
);
export const EIF = source(
  "European Interoperability Framework, COM(2017) 134",
  "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52017DC0134",
);
export const AGAINST_LOCK_IN = source(
  "Commission Communication 'Against lock-in: building open ICT systems by making better use of standards in public procurement', COM(2013) 455",
  "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex%3A52013DC0455",
);
export const STANDARDS_BASED_ICT_GUIDE = source(
  "Commission guide for the procurement of standards-based ICT, SWD(2013) 224",
  "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52013SC0224",
);
export const SHARING_AND_REUSE = source(
  "Sharing and Reuse of IT Solutions Framework, section 5: procure IT solutions in a transparent and open way",
  "https://joinup.ec.europa.eu/collection/sharing-and-reuse-it-solutions/5-procure-it-solutions-transparent-and-open-way",
);
export const OSOR_GUIDELINE = source(
  "OSOR / IDABC, Guideline on public procurement of Open Source Software (2010)",
  "https://docplayer.net/7506014-Guideline-on-public-procurement-of-open-source-software.html",
);
export const STANDARD_FOR_PUBLIC_CODE = source(
  "Foundation for Public Code, Standard for Public Code",
  "https://standard.publiccode.net/",
);
export const PUBLIC_MONEY_PUBLIC_CODE = source(
  "FSFE, 'Public Money? Public Code!' open letter",
  "https://publiccode.eu/openletter/",
);
export const DIGG_CHECKLIST = source(
  "DIGG (Sweden), open source checklist for procurement",
  "https://diggsweden.github.io/opensource-docs/en/checklists/procurement/",
);
export const OPEN_UNLESS = source(
  "Netherlands, 'Open, tenzij' (open unless) policy, Kamerstuk 26643 no. 676",
  "https://zoek.officielebekendmakingen.nl/kst-26643-676.html",
);
export const COMPLY_OR_EXPLAIN = source(
  "Forum Standaardisatie (Netherlands), 'comply or explain' procurement guide for open standards",
  "https://www.forumstandaardisatie.nl/publicaties/handreiking-inkoop-2021",
);
export const EGOVG_16A = source(
  "Germany, § 16a E-Government-Gesetz (open standards and open source)",
  "https://lxgesetze.de/egovg/16a",
);
export const AGID_GUIDELINES = source(
  "AgID (Italy), Guidelines on the acquisition and reuse of software for public administrations (CAD Art. 68–69)",
  "https://it.readkong.com/page/linee-guida-su-acquisizione-e-riuso-di-software-per-le-7436063",
);
export const CLOUD_SOVEREIGNTY_FRAMEWORK = source(
  "European Commission, Cloud Sovereignty Framework v1.2.1 (October 2025)",
  "https://commission.europa.eu/document/download/09579818-64a6-4dd5-9577-446ab6219113_en",
);
export const INNOVATION_PROCUREMENT_GUIDANCE = source(
  "Commission Guidance on Innovation Procurement, C(2021) 4320",
  "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021XC0618(01)",
);
export const SPDX_LICENSE_LIST = source("SPDX License List", "https://spdx.org/licenses/");
export const OSI_LICENCES = source("Open Source Initiative, approved licences", "https://opensource.org/licenses");
export const OSAID = source(
  "Open Source Initiative, Open Source AI Definition 1.0",
  "https://opensource.org/ai/open-source-ai-definition",
);
export const MODEL_OPENNESS_FRAMEWORK = source(
  "LF AI & Data, Model Openness Framework (arXiv:2403.13784)",
  "https://arxiv.org/abs/2403.13784",
);
export const REUSE_SPEC = source("FSFE, REUSE Specification", "https://reuse.software/spec-3.3/");
export const PUBLICCODE_YML = source("publiccode.yml standard", "https://yml.publiccode.tools/");
export const CYCLONEDX = source("CycloneDX (ECMA-424)", "https://cyclonedx.org/specification/overview/");
export const SPDX_SPEC = source("SPDX specification (ISO/IEC 5962)", "https://spdx.dev/use/specifications/");
export const SECURITY_TXT = source("RFC 9116, security.txt", "https://www.rfc-editor.org/rfc/rfc9116");
export const CVSS = source("FIRST, Common Vulnerability Scoring System", "https://www.first.org/cvss/");
export const SLSA = source("OpenSSF, Supply-chain Levels for Software Artifacts (SLSA)", "https://slsa.dev/");
export const SIGSTORE = source("OpenSSF, Sigstore", "https://www.sigstore.dev/");
export const OPENSSF_SCORECARD = source("OpenSSF Scorecard", "https://scorecard.dev/");
export const CODE_EUROPA_EU = source("European Commission, code.europa.eu", "https://code.europa.eu/");
