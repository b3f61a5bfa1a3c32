import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { TemplateDiffView } from "@/components/templates/template-diff-view";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import { getDb } from "@/lib/server/db";
import { loadTemplatePage } from "../load-template-page";
import { templateMetadata } from "../template-metadata";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The two versions to compare: those asked for when both are published versions, else the latest
 * and the one before it. `from` is the older reading, `to` the newer.
 */
function chooseVersions(numbers: number[], params: Record<string, string | string[] | undefined>) {
  const read = (value: unknown) => (typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : NaN);
  const from = read(params.from);
  const to = read(params.to);
  if (numbers.includes(from) && numbers.includes(to)) return { from, to };
  return { from: numbers[1] ?? numbers[0]!, to: numbers[0]! };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { template } = await loadTemplatePage(slug);
  const t = await getTranslations("catalogue.compare");
  return templateMetadata(template, {
    title: t("title", { name: template.version.name }),
    path: `/catalogue/${slug}/compare`,
  });
}

/** The differences between two published versions of a template, section by section. */
export default async function CompareVersionsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [latest, t, format] = await Promise.all([
    loadTemplatePage(slug),
    getTranslations("catalogue.compare"),
    getFormatter(),
  ]);
  const { template } = latest;
  const numbers = template.versions.map((version) => version.number);
  const { from, to } = chooseVersions(numbers, await searchParams);
  const [older, newer] = await Promise.all([loadTemplatePage(slug, from), loadTemplatePage(slug, to)]);
  const dateOf = (number: number) =>
    format.dateTime(template.versions.find((version) => version.number === number)!.publishedAt, {
      dateStyle: "long",
    });
  const selectClass = "min-h-11 rounded border-2 border-ink bg-white px-2";
  const versionSelect = (name: "from" | "to", value: number) => (
    <div>
      <label htmlFor={`compare-${name}`} className="mb-1 block font-semibold">
        {t(name)}
      </label>
      <select id={`compare-${name}`} name={name} defaultValue={String(value)} className={selectClass}>
        {template.versions.map((version) => (
          <option key={version.number} value={version.number}>
            {t("option", { number: version.number, date: dateOf(version.number) })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <p className="mb-4">
        <Link href={`/catalogue/${slug}/versions`}>{t("back")}</Link>
      </p>
      <PageHeading title={t("title", { name: template.version.name })} caption={template.publisher.name} />
      {numbers.length < 2 ? (
        <Notice title={t("onlyOneTitle")}>
          <p>{t("onlyOneBody")}</p>
        </Notice>
      ) : (
        <form method="get" className="bg-surface mb-8 flex flex-wrap items-end gap-4 rounded p-4">
          {versionSelect("from", from)}
          {versionSelect("to", to)}
          <button type="submit" className="bg-brand min-h-11 rounded px-4 font-semibold text-white">
            {t("submit")}
          </button>
        </form>
      )}
      {numbers.length >= 2 ? (
        <>
          <p className="mb-6 text-lg">{t("lead", { from, to, fromDate: dateOf(from), toDate: dateOf(to) })}</p>
          {from === to ? (
            <p>{t("sameVersion")}</p>
          ) : (
            <>
              {older.template.version.name !== newer.template.version.name ? (
                <p className="mb-6">
                  {t("renamed", { before: older.template.version.name, after: newer.template.version.name })}
                </p>
              ) : null}
              <TemplateDiffView
                before={older.template.version.content}
                after={newer.template.version.content}
                clauses={await getChosenClauseVersions(getDb(), [
                  ...older.template.version.content.clauses,
                  ...newer.template.version.content.clauses,
                ])}
                language={template.language}
                headingLevel={2}
              />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
