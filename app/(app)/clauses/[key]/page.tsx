import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/domain/permissions";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/config";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getLibraryClause } from "@/lib/server/clauses/get-library-clause";
import { getDb } from "@/lib/server/db";
import { RetiredBadge } from "../retired-badge";
import { ClauseDetails } from "./clause-details";
import { ClauseDiff } from "./clause-diff";
import { RetirementForm } from "./retirement-form";

type Props = {
  params: Promise<{ key: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(key: string) {
  const entry = await getLibraryClause(getDb(), key);
  if (!entry) notFound();
  return entry;
}

/** The preview language: asked for in the address, else the reader's own. */
async function previewLanguage(searchParams: Props["searchParams"]): Promise<Locale> {
  const asked = (await searchParams).lang;
  if (isLocale(asked)) return asked;
  const locale = await getLocale();
  return isLocale(locale) ? locale : "en";
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requireViewer("organisation.view");
  const entry = await load((await params).key);
  return { title: entry.clause.content[await previewLanguage(searchParams)].title };
}

export default async function ClausePage({ params, searchParams }: Props) {
  const viewer = await requireViewer("organisation.view");
  const { key } = await params;
  const entry = await load(key);
  const language = await previewLanguage(searchParams);
  const [t, tLibrary, tLanguage, format] = await Promise.all([
    getTranslations("clauses.view"),
    getTranslations("clauseLibrary"),
    getTranslations("clauses.language"),
    getFormatter(),
  ]);
  const { clause } = entry;
  const rendered = renderClause(clause, {}, language);
  const compared = Number((await searchParams).compare);
  const newer = entry.versions.find((version) => version.version === compared) ?? entry.versions[0]!;
  const older = entry.versions.find((version) => version.version === newer.version - 1);
  const manages = can(viewer.roles, "clause.manage");
  const here = (lang: Locale, compare?: number) =>
    `/clauses/${key}?lang=${lang}${compare ? `&compare=${compare}` : ""}`;

  return (
    <>
      <Link href="/clauses" className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading
        title={clause.content[language].title}
        caption={`${tLibrary(`category.${clause.category}`)} · ${tLibrary(`status.${clause.status}`)} · ${t("version", { version: clause.version })}`}
      />
      {entry.retiredAt ? (
        <Notice>
          <RetiredBadge /> {t("retiredNotice", { reason: entry.retiredReason })}
        </Notice>
      ) : null}
      {manages ? (
        <p className="mb-6">
          <Link href={`/clauses/${key}/edit`} className="font-semibold">
            {t("edit")}
          </Link>
        </p>
      ) : null}

      <nav aria-label={t("languages")} className="mb-4">
        <ul className="flex gap-4">
          {LOCALES.map((locale) => (
            <li key={locale}>
              <Link
                href={here(locale, newer.version === clause.version ? undefined : newer.version)}
                aria-current={locale === language ? "page" : undefined}
                lang={locale}
                className={locale === language ? "font-bold no-underline" : ""}
              >
                {tLanguage(locale)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="text-heading" className="mb-10">
        <h2 id="text-heading" className="mb-2">
          {t("text")}
        </h2>
        <div className="bg-surface rounded border border-line p-6" lang={language}>
          <Markdown>{rendered.body}</Markdown>
        </div>
      </section>

      <ClauseDetails clause={clause} language={language} />

      <section aria-labelledby="history-heading" className="mb-10">
        <h2 id="history-heading" className="mb-2">
          {t("history")}
        </h2>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("historyCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("historyColumns.version")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("historyColumns.date")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("historyColumns.author")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("historyColumns.note")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entry.versions.map((version) => (
              <tr key={version.version} className="border-b border-line align-top">
                <td className="py-3 pr-4">{version.version}</td>
                <td className="py-3 pr-4">{format.dateTime(version.createdAt, { dateStyle: "medium" })}</td>
                <td className="py-3 pr-4">{version.authorName ?? t("shipped")}</td>
                <td className="py-3 pr-4">
                  {version.changeNote}
                  {version.version > 1 ? (
                    <Link href={`${here(language, version.version)}#diff-heading`} className="mt-1 block">
                      {t("compare", { version: version.version, previous: version.version - 1 })}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {older ? <ClauseDiff older={older.definition} newer={newer.definition} locale={language} /> : null}

      {manages ? (
        <section aria-labelledby="manage-heading" className="mt-12 max-w-2xl border-t border-line pt-6">
          <h2 id="manage-heading" className="mb-4">
            {t("manage")}
          </h2>
          <RetirementForm clauseKey={key} lockVersion={entry.lockVersion} retired={entry.retiredAt !== null} />
        </section>
      ) : null}
    </>
  );
}
