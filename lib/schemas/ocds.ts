import { z } from "zod";

/**
 * The query of `GET /api/ocds/releases` (docs/ocds.md). Pages count contracting processes
 * (tenders), each with all its releases. The API answers developers and harvesters, in English:
 * a wrong parameter is refused with a message that says what is expected, never silently
 * replaced by a default, so a harvester cannot page through the wrong data without knowing.
 */
export const OCDS_DEFAULT_PAGE_SIZE = 50;
export const OCDS_MAX_PAGE_SIZE = 200;
const MAX_PAGE = 1_000_000;

const wholeNumber = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number from 1 to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, `${name} must be a whole number from 1 to ${max}`)
        .max(max, `${name} must be at most ${max}`),
    );

const SINCE_MESSAGE = "since must be a date (2026-05-01) or a date and time with its time zone (2026-05-01T08:00:00Z)";

export const ocdsReleasesQuerySchema = z.strictObject(
  {
    page: wholeNumber("page", MAX_PAGE).default(1),
    pageSize: wholeNumber("pageSize", OCDS_MAX_PAGE_SIZE).default(OCDS_DEFAULT_PAGE_SIZE),
    /** Only the contracting processes whose data changed on or after this day (UTC) or instant. */
    since: z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: SINCE_MESSAGE })
      .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value))
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown parameter ${issue.keys.join(", ")}: the parameters are page, pageSize and since`
        : undefined,
  },
);
export type OcdsReleasesQuery = z.output<typeof ocdsReleasesQuerySchema>;
