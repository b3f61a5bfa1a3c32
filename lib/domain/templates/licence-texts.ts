import type { TemplateLicence } from "./template-content";

/** Where the full text of each licence a template may carry is published by its steward. */
export const TEMPLATE_LICENCE_TEXTS: Record<TemplateLicence, string> = {
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/legalcode",
  "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
  // The EUPL as published in the Official Journal (Commission Implementing Decision (EU) 2017/863).
  "EUPL-1.2": "https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj",
};

/** The licence's id as a translation key (ids contain dots, which next-intl reads as nesting). */
export function licenceMessageKey(licence: string): string {
  return licence.replace(/[.-]/g, "_");
}

export function isTemplateLicence(value: string): value is TemplateLicence {
  return value in TEMPLATE_LICENCE_TEXTS;
}
