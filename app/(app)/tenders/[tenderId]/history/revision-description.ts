import type { getFormatter, getTranslations } from "next-intl/server";
import { revisionKind } from "@/lib/domain/tender/revisions/revision-kind";
import type { RevisionSummary } from "@/lib/server/tenders/list-tender-revisions";

type TenderTranslations = Awaited<ReturnType<typeof getTranslations<"tenders">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** What a revision recorded, in words: the section saved, "Tender created", "Restored from version 3"… */
export function describeRevision(revision: Pick<RevisionSummary, "label" | "status">, t: TenderTranslations): string {
  const kind = revisionKind(revision.label, revision.status);
  switch (kind.kind) {
    case "created":
      return t("history.kinds.created");
    case "section":
      return t(`tasks.sections.${kind.section}.name`);
    case "corrigendum":
      return kind.section
        ? t("history.kinds.corrigendumTo", { section: t(`tasks.sections.${kind.section}.name`) })
        : t("history.kinds.corrigendum");
    case "status":
      return t("history.kinds.status", { status: t(`status.${revision.status}`) });
    case "restored":
      return t("history.kinds.restored", { version: kind.fromVersion });
    case "other":
      return kind.label;
  }
}

/** Who stored the revision, or that it was not recorded (demo data, a removed account). */
export function authorOf(revision: Pick<RevisionSummary, "authorName">, t: TenderTranslations): string {
  return revision.authorName ?? t("history.unknownAuthor");
}

/** When, to the minute, in the reader's language (the app's time zone is set in lib/i18n/request.ts). */
export function whenSaved(date: Date, format: Format): string {
  return format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
}
