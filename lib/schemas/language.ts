import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

/** Only a path on this site: never `//host` or `https://…`, which would make an open redirect. */
export const localPathField = z
  .string()
  .max(2_000)
  .regex(/^\/(?![/\\])[^\s]*$/)
  .catch("/");

export const setLanguageSchema = z.object({
  locale: z.enum(LOCALES),
  returnTo: localPathField.default("/"),
});
