import en from "@/lib/i18n/messages/en.json";
import { createDocumentText } from "@/lib/i18n/document-text";
import type { DocumentText } from "../document-text";

/** The English words of the app, for builders' unit tests: expected texts read as a user reads them. */
export function englishText(): DocumentText {
  return createDocumentText("en", en);
}
