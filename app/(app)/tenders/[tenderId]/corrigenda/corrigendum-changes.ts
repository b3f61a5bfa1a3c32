import { TENDER_SECTIONS, type TenderSection } from "@/lib/domain/tender/tender-tasks";
import type { CorrigendumDto } from "@/lib/server/tenders/list-corrigenda";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { sectionRows } from "../section-summary";
import type { Formatters, Row } from "../summary-row";

/** One line of "what changed": the answer as it read before the corrigendum and after it. */
export type ChangeLine = {
  key: string;
  label: string;
  before: Row["value"];
  after: Row["value"];
  beforeMarkdown?: string;
  afterMarkdown?: string;
};

const isSection = (section: string): section is TenderSection =>
  (TENDER_SECTIONS as readonly string[]).includes(section);

/**
 * What a corrigendum changed, in the words of the "check your answers" list: the section's rows
 * read with the fields before and after the change (the corrigendum keeps only the fields that
 * changed; the others are taken from the tender as it is now), keeping the rows that differ.
 */
export function corrigendumChanges(tender: TenderDto, corrigendum: CorrigendumDto, f: Formatters): ChangeLine[] {
  const label = (row: Row) =>
    row.label ?? (f.t.has(`review.fields.${row.key}`) ? f.t(`review.fields.${row.key}`) : row.key);
  if (!isSection(corrigendum.section)) return rawChanges(corrigendum, f);
  const before = sectionRows({ ...tender, ...corrigendum.before }, corrigendum.section, f);
  const after = sectionRows({ ...tender, ...corrigendum.after }, corrigendum.section, f);
  const keys = [...new Set([...after.map((row) => row.key), ...before.map((row) => row.key)])];
  return keys.flatMap((key) => {
    const was = before.find((row) => row.key === key);
    const now = after.find((row) => row.key === key);
    const printed = (row: Row | undefined) => JSON.stringify([row?.value ?? null, row?.markdown ?? null]);
    if (printed(was) === printed(now)) return [];
    return [
      {
        key,
        label: label((now ?? was)!),
        before: was?.value ?? null,
        after: now?.value ?? null,
        ...(was?.markdown ? { beforeMarkdown: was.markdown } : {}),
        ...(now?.markdown ? { afterMarkdown: now.markdown } : {}),
      },
    ];
  });
}

/** For a section the list does not know: each changed field with its stored value. */
function rawChanges(corrigendum: CorrigendumDto, f: Formatters): ChangeLine[] {
  const text = (value: unknown): Row["value"] =>
    value === null || value === undefined || value === ""
      ? null
      : typeof value === "string"
        ? value
        : JSON.stringify(value);
  return Object.keys(corrigendum.after).map((key) => ({
    key,
    label: f.t.has(`review.fields.${key}`) ? f.t(`review.fields.${key}`) : key,
    before: text(corrigendum.before[key as keyof TenderDto]),
    after: text(corrigendum.after[key as keyof TenderDto]),
  }));
}
