import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { TENDER_SECTIONS } from "@/lib/domain/tender/tender-tasks";
import type { Locale } from "@/lib/i18n/config";
import { getDb } from "@/lib/server/db";
import { listCorrigenda } from "@/lib/server/tenders/list-corrigenda";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { RowValue } from "../row-value";
import type { Row } from "../summary-row";
import { loadSummaryFormatters } from "../summary-formatters";
import { corrigendumChanges } from "./corrigendum-changes";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.corrigendum.list");
  return { title: t("title") };
}

/** Every corrigendum of a tender, in the order issued: when, by whom, which section, why, and what changed. */
export default async function CorrigendaPage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId);
  const [t, tTenders, format, locale, corrigenda] = await Promise.all([
    getTranslations("tenders.corrigendum.list"),
    getTranslations("tenders"),
    getFormatter(),
    getLocale(),
    listCorrigenda(getDb(), viewer, tender.id),
  ]);
  const formatters = {
    ...(await loadSummaryFormatters([tender, ...corrigenda.flatMap(({ before, after }) => [before, after])])),
    t: tTenders,
    format,
    locale: locale as Locale,
  };
  const sectionName = (section: string) =>
    (TENDER_SECTIONS as readonly string[]).includes(section) ? tTenders(`tasks.sections.${section}.name`) : section;
  const value = (text: Row["value"], markdown: string | undefined) => (
    <RowValue value={text} markdown={markdown} notProvided={tTenders("review.notProvided")} />
  );

  return (
    <div className="max-w-4xl">
      <Link href={`/tenders/${tender.id}`} className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading caption={`${tender.reference} · ${tender.title}`} title={t("title")} lead={t("lead")} />
      {corrigenda.length === 0 ? <p>{t("none")}</p> : null}
      {corrigenda.map((corrigendum) => {
        const headingId = `corrigendum-${corrigendum.number}`;
        const changes = corrigendumChanges(tender, corrigendum, formatters);
        return (
          <section key={corrigendum.number} aria-labelledby={headingId} className="mb-10 border-t border-line pt-4">
            <h2 id={headingId} className="mb-3 text-2xl">
              {t("number", { number: corrigendum.number })}
            </h2>
            <dl className="mb-4 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">{t("issued")}</dt>
              <dd>
                <time dateTime={corrigendum.createdAt.toISOString()}>
                  {format.dateTime(corrigendum.createdAt, { dateStyle: "long", timeStyle: "short" })}
                </time>
                {corrigendum.authorName ? ` · ${corrigendum.authorName}` : null}
              </dd>
              <dt className="font-semibold">{t("section")}</dt>
              <dd>{sectionName(corrigendum.section)}</dd>
              <dt className="font-semibold">{t("reason")}</dt>
              <dd className="whitespace-pre-line">{corrigendum.reason}</dd>
            </dl>
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left text-lg font-semibold">
                {t("changes", { number: corrigendum.number })}
              </caption>
              <TableHead columns={[t("field"), t("before"), t("after")]} />
              <tbody>
                {changes.map((change) => (
                  <tr key={change.key} className="border-b border-line align-top">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      {change.label}
                    </th>
                    <td className="py-2 pr-4">{value(change.before, change.beforeMarkdown)}</td>
                    <td className="py-2 pr-4">{value(change.after, change.afterMarkdown)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
