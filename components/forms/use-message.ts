"use client";
import { useTranslations } from "next-intl";
import { parseMessageRef } from "@/lib/i18n/message-ref";

/** Turns a message reference from a schema or an action result into text in the current language. */
export function useMessage(): (ref: string | undefined) => string {
  const t = useTranslations();
  return (ref) => {
    if (!ref) return "";
    const { key, values } = parseMessageRef(ref);
    return t.has(key) ? t(key, values) : t("validation.invalid");
  };
}
