import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { TemplateDiffView } from "@/components/templates/template-diff-view";
import { refusalOf } from "@/lib/domain/templates/lifecycle";
import { checkTemplateForPublication } from "@/lib/domain/templates/publish-checks";
import { getDb } from "@/lib/server/db";
import { getPublishedContent } from "@/lib/server/templates/template-dto";
import { templateClauseDefinitions } from "@/lib/server/templates/publish-template";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { CheckFindings } from "./check-findings";
import { LintFindings } from "./lint-findings";
import { PublishForm } from "./publish-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.publish");
  return { title: t("title") };
}

/**
 * "Check and publish": the checks of the draft as it is saved (problems by section, the lock-in
 * linter's findings), what changed since the last published version, and, when nothing blocks,
 * the changelog and the button. The action runs the same checks again.
 */
export default async function PublishTemplatePage({ params }: Props) {
  const { viewer, template } = await requireTemplate((await params).templateId);
  const t = await getTranslations("templates");
  const draft = template.draft;
  const refusal = refusalOf("publish", template.lifecycle);
  const back = (
    <Link href={`/templates/${template.id}`} className="mb-6 inline-block">
      {t("builder.back", { name: template.name })}
    </Link>
  );
  if (refusal || !draft) {
    return (
      <div className="max-w-4xl">
        {back}
        <PageHeading title={t("publish.title")} caption={template.name} />
        <Notice title={t(`lifecycle.${refusal ?? "noDraft"}`)} />
      </div>
    );
  }
  const lintable = { name: template.name, language: template.language, content: draft.content };
  const definitions = await templateClauseDefinitions(getDb(), draft.content);
  const check = checkTemplateForPublication(lintable, definitions);
  const last = template.published[0];
  const previous = last ? await getPublishedContent(getDb(), viewer, template.id, last.number) : null;
  const previousDefinitions = previous ? await templateClauseDefinitions(getDb(), previous) : new Map();

  return (
    <div className="max-w-4xl">
      {back}
      <PageHeading
        title={t("publish.heading", { number: draft.number })}
        caption={template.name}
        lead={t("publish.lead")}
      />
      <section aria-labelledby="checks-heading" className="mb-10">
        <h2 id="checks-heading" className="mb-3">
          {t("publish.checksHeading")}
        </h2>
        <CheckFindings templateId={template.id} findings={check.findings} />
      </section>
      <section aria-labelledby="lint-heading" className="mb-10">
        <h2 id="lint-heading" className="mb-3">
          {t("publish.lintHeading")}
        </h2>
        <LintFindings templateId={template.id} template={lintable} findings={check.lint} />
      </section>
      {previous && last ? (
        <section aria-labelledby="changes-heading" className="mb-10">
          <h2 id="changes-heading" className="mb-3">
            {t("publish.changesHeading", { number: last.number })}
          </h2>
          <TemplateDiffView
            before={previous}
            after={draft.content}
            clauses={new Map([...previousDefinitions, ...definitions])}
            language={template.language}
          />
        </section>
      ) : null}
      <section aria-labelledby="publish-form-heading">
        <h2 id="publish-form-heading" className="mb-3">
          {t("publish.formHeading")}
        </h2>
        {check.publishable ? (
          <PublishForm templateId={template.id} version={template.version} number={draft.number} />
        ) : (
          <Notice tone="danger" title={t("publish.blocked")}>
            <p>{t("publish.blockedBody")}</p>
          </Notice>
        )}
      </section>
    </div>
  );
}
