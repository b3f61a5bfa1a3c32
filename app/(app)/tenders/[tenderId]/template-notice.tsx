import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import { Notice } from "@/components/ui/notice";
import { guidanceFor } from "@/lib/domain/templates/reuse/guidance";
import type { TenderTemplateLink } from "@/lib/server/templates/reuse/tender-template-link";

/**
 * On the task list of a tender started from a template: which template and version, whether a
 * newer version changes any section (with the way to the differences), and the template's
 * general guidance for drafters.
 */
export async function TemplateNotice({ tenderId, link }: { tenderId: string; link: TenderTemplateLink | null }) {
  if (!link) return null;
  const t = await getTranslations("templateReuse.notice");
  const general = guidanceFor("general", link);
  const newer = link.latest.number > link.startVersion || Object.keys(link.taken).length > 0;
  return (
    <Notice title={t("startedFrom", { name: link.template.name, version: link.startVersion })}>
      <p>
        <Link href={`/catalogue/${link.template.slug}`}>{t("catalogueLink", { name: link.template.name })}</Link>
      </p>
      {link.changes.length > 0 ? (
        <p className="mt-2">
          <strong>{t("newerAvailable", { version: link.latest.number })}</strong>{" "}
          {t("changedSections", { count: link.changes.length })}{" "}
          <Link href={`/tenders/${tenderId}/template`}>{t("seeChanges", { version: link.latest.number })}</Link>
        </p>
      ) : newer ? (
        <p className="mt-2">
          {t("upToDate", { version: link.latest.number })}{" "}
          <Link href={`/tenders/${tenderId}/template`}>{t("details")}</Link>
        </p>
      ) : null}
      {general.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold">{t("guidance")}</summary>
          {general.map((note, index) => (
            <Markdown key={index} className="mt-2">
              {note.text}
            </Markdown>
          ))}
        </details>
      ) : null}
    </Notice>
  );
}
