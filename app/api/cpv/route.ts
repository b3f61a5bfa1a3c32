import { NextResponse } from "next/server";
import { z } from "zod";
import { formatCpv } from "@/lib/domain/cpv/cpv-code";
import type { CpvEntry } from "@/lib/domain/cpv/parse-cpv-csv";
import { searchCpv } from "@/lib/domain/cpv/search-cpv";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/config";
import { findCpv, getCpvIndex } from "@/lib/server/cpv/cpv-index";
import { defineRoute } from "@/lib/server/route";

const cpvQuerySchema = z.object({
  /** Words or digits to search for. */
  q: z.string().trim().max(100).default(""),
  /** Instead of a search: the codes whose labels to return, comma separated (a form's current values). */
  codes: z
    .string()
    .max(1_000)
    .transform((value) =>
      value
        .split(",")
        .map((code) => code.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(20)).max(50))
    .optional(),
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

type CpvResult = { code: string; label: string };

/**
 * `GET /api/cpv?q=software&locale=en&limit=20` searches CPV 2008 by code or words;
 * `GET /api/cpv?codes=72260000,48000000&locale=fr` gives the labels of those codes, in that order
 * (unknown codes are left out). Both answer `{ results: [{ code: "72260000-5", label }] }`.
 */
export const GET = defineRoute({ query: cpvQuerySchema, access: { permission: null } }, ({ query }) => {
  const entries = query.codes
    ? [...new Set(query.codes.map((code) => findCpv(code)))].filter((entry) => entry !== undefined)
    : searchCpv(getCpvIndex(), query.q, query.locale, query.limit);
  const results = entries.map((entry) => toResult(entry, query.locale));
  // The vocabulary only changes with a new release of the app.
  return NextResponse.json({ results }, { headers: { "Cache-Control": "private, max-age=3600" } });
});

function toResult(entry: CpvEntry, locale: Locale): CpvResult {
  return { code: formatCpv(entry.code8, entry.checkDigit), label: entry.labels[locale] };
}
