import type { TemplateLicence } from "@/lib/domain/templates/template-content";

/** A licence id as a translation key: next-intl reads dots as nesting, so "CC-BY-4.0" becomes "CC-BY-4_0". */
export function licenceKey(licence: TemplateLicence | string): string {
  return licence.replaceAll(".", "_");
}
