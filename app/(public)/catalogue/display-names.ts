/**
 * Names of languages and countries in the reader's language, from the runtime's CLDR data
 * ("French" / "français" / "Französisch", "Belgium" / "Belgique"), so that no list of names has
 * to be kept. Falls back to the code itself.
 */
export function languageName(code: string, locale: string): string {
  return displayName(code, locale, "language");
}

export function countryName(code: string, locale: string): string {
  return displayName(code, locale, "region");
}

function displayName(code: string, locale: string, type: "language" | "region"): string {
  try {
    const name = new Intl.DisplayNames([locale], { type }).of(code);
    // Capitalised for a list entry: French and German runtimes write language names in lower case.
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
  } catch {
    return code;
  }
}
