import { createFormatter, createTranslator } from "use-intl/core";
import type { DocumentText, MessageValues } from "@/lib/domain/documents/document-text";
import type { Locale } from "./config";

/** The time zone of the pages (lib/i18n/request.ts), so a document shows the times they show. */
export const DOCUMENT_TIME_ZONE = "Europe/Brussels";

type Messages = Record<string, unknown>;

/**
 * The words of one language for the document builders, from that language's message file. A
 * missing or broken message throws: an export fails whole rather than print a key.
 */
export function createDocumentText(language: Locale, messages: Messages): DocumentText {
  const onError = (error: Error) => {
    throw error;
  };
  const translate = createTranslator({ locale: language, messages, onError, timeZone: DOCUMENT_TIME_ZONE });
  const format = createFormatter({ locale: language, timeZone: DOCUMENT_TIME_ZONE, onError });
  const t = translate as unknown as (key: string, values?: MessageValues) => string;
  const has = translate.has as unknown as (key: string) => boolean;
  return {
    language,
    t: (key, values) => t(key, values),
    has: (key) => has(key),
    number: (value, options = {}) =>
      format.number(value, {
        minimumFractionDigits: options.minDecimals ?? 0,
        maximumFractionDigits: Math.max(options.maxDecimals ?? 2, options.minDecimals ?? 0),
      }),
    money: (cents, currency) =>
      format.number(cents / 100, {
        style: "currency",
        currency,
        minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
        maximumFractionDigits: 2,
      }),
    day: (isoDay) => format.dateTime(new Date(`${isoDay}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
    dateTime: (moment) => format.dateTime(moment, { dateStyle: "medium", timeStyle: "short" }),
    list: (items, type = "conjunction") => format.list(items, { type }),
  };
}
