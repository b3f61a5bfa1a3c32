import type { Locale } from "@/lib/i18n/config";
import type { StandardArea } from "@/lib/domain/standards/open-standards";
import type { ContractNature, ProcedureType } from "@/lib/domain/tender/tender-enums";
import type { ClauseTopic } from "./clause-topics";

/**
 * A clause of the library: a reusable, versioned text block of tender documents, with typed
 * parameters, guidance for the drafter and its legal basis. One `Clause` object is one version;
 * editing a clause makes a new object with the same key and the next version, and a tender keeps
 * the version it chose until its drafter accepts the update.
 */

/** Document order: a tender lists its clauses by category in this order. */
export const CLAUSE_CATEGORIES = [
  "LICENSING",
  "SOURCE_CODE",
  "DOCUMENTATION",
  "OPEN_STANDARDS",
  "INTEROPERABILITY",
  "EXIT",
  "SECURITY",
  "ACCESSIBILITY",
  "DATA_PROTECTION_AND_LOCATION",
  "SUPPORT",
  "AI",
  "INNOVATION",
  "PRICING",
  "GOVERNANCE",
] as const;
export type ClauseCategory = (typeof CLAUSE_CATEGORIES)[number];

/**
 * - MANDATORY: every applicable tender should include it (it secures a required topic).
 * - RECOMMENDED: proposed up front for applicable tenders; the drafter may remove it.
 * - OPTIONAL: available in the library for tenders that need it.
 */
export const CLAUSE_STATUSES = ["MANDATORY", "RECOMMENDED", "OPTIONAL"] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

export type Localised<T> = Readonly<Record<Locale, T>>;

export const PARAMETER_KINDS = [
  "SPDX_LICENCE",
  "MONTHS",
  "DAYS",
  "HOURS",
  "PERCENT",
  "INTEGER",
  "STANDARDS",
  "TEXT",
  "URL",
  "CHOICE",
] as const;
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

type ParameterBase = {
  /** camelCase; the body refers to it as `{{name}}`. */
  readonly name: string;
  /** A required parameter must have a value (its default counts). */
  readonly required: boolean;
};

type NumberRange = { readonly min?: number; readonly max?: number };

/**
 * Which licences a licence parameter accepts:
 * - OSI_APPROVED: software (the Open Source Definition);
 * - FREE: OSI-approved or FSF-libre, the rule of the Standard for Public Code, which also admits
 *   open content and data licences (CC-BY-4.0, CC0-1.0, ODbL-1.0) and still refuses NC/ND ones;
 * - ANY: any id on the SPDX list.
 */
export const LICENCE_ACCEPTANCE = ["OSI_APPROVED", "FREE", "ANY"] as const;
export type LicenceAcceptance = (typeof LICENCE_ACCEPTANCE)[number];

export type SpdxLicenceParameter = ParameterBase & {
  readonly kind: "SPDX_LICENCE";
  readonly accept: LicenceAcceptance;
  readonly default?: string;
};

/** Whole numbers of months, days or hours; never negative, whatever `min` says. */
export type DurationParameter = ParameterBase &
  NumberRange & { readonly kind: "MONTHS" | "DAYS" | "HOURS"; readonly default?: number };

/** A percentage between 0 and 100 (or the narrower range given); decimals allowed (99.5). */
export type PercentParameter = ParameterBase & NumberRange & { readonly kind: "PERCENT"; readonly default?: number };

export type IntegerParameter = ParameterBase & NumberRange & { readonly kind: "INTEGER"; readonly default?: number };

/** Ids from the open standards catalogue (lib/domain/standards), optionally from some areas only. */
export type StandardsParameter = ParameterBase & {
  readonly kind: "STANDARDS";
  readonly areas?: readonly StandardArea[];
  readonly minItems?: number;
  readonly maxItems?: number;
  /** How the text lists them: "A, B and C" (every one, the default) or "A, B or C" (any one). */
  readonly join?: "and" | "or";
  readonly default?: readonly string[];
};

export type TextParameter = ParameterBase & {
  readonly kind: "TEXT";
  readonly maxLength: number;
  readonly default?: string;
};

/** An http(s) address. */
export type UrlParameter = ParameterBase & { readonly kind: "URL"; readonly default?: string };

/** One of fixed options; each option's wording per language is in the clause's content. */
export type ChoiceParameter = ParameterBase & {
  readonly kind: "CHOICE";
  readonly options: readonly string[];
  readonly default?: string;
};

export type ClauseParameter =
  | SpdxLicenceParameter
  | DurationParameter
  | PercentParameter
  | IntegerParameter
  | StandardsParameter
  | TextParameter
  | UrlParameter
  | ChoiceParameter;

/** A parameter's value as stored with a tender: numbers, ids, or a list of standard ids. */
export type ClauseParameterValue = string | number | readonly string[];
export type ClauseParameterValues = Readonly<Record<string, ClauseParameterValue | undefined>>;

export type ClauseGuidance = {
  /** Why a buyer wants this clause: what goes wrong without it. */
  readonly why: string;
  readonly whenToUse: string;
  /** Mistakes drafters make with it. */
  readonly pitfalls: string;
};

export type ClauseParameterText = {
  readonly label: string;
  readonly hint?: string;
  /** CHOICE only: the wording of each option, used in the form and in the rendered text. */
  readonly options?: Readonly<Record<string, string>>;
};

/** One language version of a clause. */
export type ClauseContent = {
  readonly title: string;
  /** Markdown with `{{parameter}}` placeholders. */
  readonly body: string;
  readonly guidance: ClauseGuidance;
  readonly parameters: Readonly<Record<string, ClauseParameterText>>;
};

export type ClauseSource = {
  /** "Directive 2014/24/EU, Art. 42(1)". */
  readonly citation: string;
  readonly url: string;
};

/** Where the clause fits; an empty list means "any". */
export type ClauseApplicability = {
  readonly contractNatures: readonly ContractNature[];
  readonly procedureTypes: readonly ProcedureType[];
  /** Leading digits of CPV codes ("72", "48"): the clause fits a tender with a code under one of them. */
  readonly cpvPrefixes: readonly string[];
};

export type Clause = {
  /** Stable across versions, kebab-case: "deliverables-licence". */
  readonly key: string;
  /** 1, 2, 3…: each edit of the library makes a new version. */
  readonly version: number;
  readonly category: ClauseCategory;
  /** What the clause secures; the lock-in linter checks that the required topics are covered. */
  readonly topics: readonly ClauseTopic[];
  readonly status: ClauseStatus;
  readonly applicability: ClauseApplicability;
  readonly parameters: readonly ClauseParameter[];
  /** The law the clause rests on or implements. */
  readonly legalBasis: readonly ClauseSource[];
  /** Guidance and standards the wording draws on. */
  readonly sources: readonly ClauseSource[];
  readonly content: Localised<ClauseContent>;
};

/** The tender's answers the applicability rules look at. */
export type TenderProfile = {
  readonly contractNature: ContractNature | null;
  readonly procedureType: ProcedureType | null;
  /** Main and additional CPV codes, 8 digits. */
  readonly cpvCodes: readonly string[];
};
