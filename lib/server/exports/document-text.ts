import "server-only";
import type { DocumentText } from "@/lib/domain/documents/document-text";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { createDocumentText } from "@/lib/i18n/document-text";

/** A tender's documents language as one of ours (English for anything else). */
export function documentsLocale(language: string): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** One language's message file. */
export async function loadMessages(language: Locale): Promise<Record<string, unknown>> {
  return (await import(`@/lib/i18n/messages/${language}.json`)).default;
}

/** The words of a document in its own language, from that language's message file. */
export async function loadDocumentText(language: Locale): Promise<DocumentText> {
  return createDocumentText(language, await loadMessages(language));
}
