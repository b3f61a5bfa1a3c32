import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TemplateDownloads } from "@/components/exports/template-downloads";
import { Notice } from "@/components/ui/notice";
import { AlsoAvailableIn } from "./also-available-in";
import type { TemplatePage } from "./load-template-page";
import { AwardSection } from "./sections/award-section";
import { ClausesSection } from "./sections/clauses-section";
import { GuidanceSection } from "./sections/guidance-section";
import { IntendedUseSection } from "./sections/intended-use-section";
import { RequirementsSection } from "./sections/requirements-section";
import { TemplateSection, TEMPLATE_SECTIONS, type TemplateSectionId } from "./sections/section";
import { SovereigntySection } from "./sections/sovereignty-section";
import { TemplateFacts } from "./template-facts";

/**
 * A template version as anyone can read it: notices (withdrawn, older version), the facts, the way
 * to reuse it, a table of contents and the content itself, written in the template's language
 * (marked with `lang`, so that screen readers pronounce it right).
 */
export async function TemplateView({ page }: { page: TemplatePage }) {
  const t = await getTranslations("catalogue.template");
  const { template, clauses, contentLocale: locale } = page;
  const { version } = template;
  const content = version.content;
  const present: Record<TemplateSectionId, boolean> = {
    summary: content.summary.trim() !== "",
    "intended-use": true,
    clauses: clauses.length > 0,
    requirements: content.requirements.length > 0,
    sovereignty: content.sovereignty !== null,
    award: (content.award?.criteria.length ?? 0) > 0,
    guidance: content.guidance.length > 0,
  };
  return (
    <>
      <p className="mb-4">
        <Link href="/catalogue">{t("backToCatalogue")}</Link>
      </p>
      {template.status === "DEPRECATED" ? (
        <Notice tone="danger" title={t("deprecatedTitle")}>
          {template.deprecationNote ? <p className="mb-2">{template.deprecationNote}</p> : null}
          {template.successor ? (
            <p>
              {t("useSuccessor")}{" "}
              <Link href={`/catalogue/${template.successor.slug}`} lang={template.successor.language}>
                {template.successor.name}
              </Link>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {!version.isLatest ? (
        <Notice title={t("olderVersionTitle", { number: version.number })}>
          <p>
            <Link href={`/catalogue/${template.slug}`}>
              {t("olderVersionLink", { latest: template.versions[0]!.number })}
            </Link>
          </p>
        </Notice>
      ) : null}
      <div className="mb-6">
        <p className="text-muted text-lg">{t("caption", { publisher: template.publisher.name })}</p>
        <h1 lang={locale} className="mb-3">
          {version.name}
        </h1>
      </div>
      <AlsoAvailableIn translations={template.translations} />
      <TemplateFacts template={template} />
      <div className="mb-8 flex flex-wrap items-center gap-4">
        <Link
          href={`/catalogue/${template.slug}/start`}
          className="bg-brand rounded px-5 py-3 font-semibold text-white no-underline hover:bg-brand-dark"
        >
          {t("start")}
        </Link>
        {template.versions.length > 1 ? (
          <Link href={`/catalogue/${template.slug}/compare`}>{t("compareLink")}</Link>
        ) : null}
      </div>
      <TemplateDownloads
        slug={template.slug}
        language={template.language}
        versions={[{ number: version.number, draft: false }]}
      />
      <nav aria-labelledby="contents-heading" className="bg-surface mb-10 rounded p-4">
        <h2 id="contents-heading" className="mb-2 text-lg">
          {t("contents")}
        </h2>
        <ul className="list-disc pl-6">
          {TEMPLATE_SECTIONS.filter((id) => present[id]).map((id) => (
            <li key={id}>
              <a href={`#${id}-heading`}>{t(`sections.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {present.summary ? (
        <TemplateSection id="summary" title={t("sections.summary")}>
          <p lang={locale} className="max-w-3xl text-lg">
            {content.summary}
          </p>
        </TemplateSection>
      ) : null}
      <IntendedUseSection intendedUse={content.intendedUse} />
      {present.clauses ? <ClausesSection clauses={clauses} locale={locale} /> : null}
      {present.requirements ? <RequirementsSection content={content} locale={locale} /> : null}
      {content.sovereignty ? <SovereigntySection profile={content.sovereignty} locale={locale} /> : null}
      {present.award && content.award ? <AwardSection award={content.award} locale={locale} /> : null}
      {present.guidance ? <GuidanceSection notes={content.guidance} locale={locale} /> : null}
    </>
  );
}
