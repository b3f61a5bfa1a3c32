import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TemplateDownloads } from "@/components/exports/template-downloads";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { TaskList } from "@/components/ui/task-list";
import { allowedOperations } from "@/lib/domain/templates/lifecycle";
import { checkTemplateForPublication } from "@/lib/domain/templates/publish-checks";
import { sectionStates } from "@/lib/domain/templates/section-status";
import { TEMPLATE_SECTION_PATHS } from "@/lib/domain/templates/template-sections";
import { getDb } from "@/lib/server/db";
import { templateClauseDefinitions } from "@/lib/server/templates/publish-template";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { StatusTag } from "../status-tag";
import { TemplateFacts } from "./template-facts";
import { VersionList } from "./version-list";

type Props = {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { template } = await requireTemplate((await params).templateId);
  return { title: template.name };
}

const PRIMARY_LINK =
  "bg-brand inline-block rounded px-5 py-3 font-semibold text-white no-underline hover:bg-brand-dark";
const SECONDARY_LINK = "inline-block rounded border-2 border-brand px-5 py-3 font-semibold no-underline";

/**
 * A template's overview: its facts and status, the draft's sections as a task list with the way
 * to publish it, the published versions with their changelog and export, and what may be done
 * next (start a version, deprecate).
 */
export default async function TemplatePage({ params, searchParams }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const justTranslated = (await searchParams).translation === "started" && template.translationOf !== null;
  const t = await getTranslations("templates");
  const allowed = allowedOperations(template.lifecycle);
  const draft = template.draft;
  const check = draft
    ? checkTemplateForPublication(
        { name: template.name, language: template.language, content: draft.content },
        await templateClauseDefinitions(getDb(), draft.content),
      )
    : null;
  const base = `/templates/${template.id}`;
  const nextNumber = (template.published[0]?.number ?? 0) + 1;

  return (
    <>
      <Link href="/templates" className="mb-6 inline-block">
        {t("list.back")}
      </Link>
      <PageHeading title={template.name} caption={t("overview.caption")} />
      <p className="mb-6">
        <StatusTag status={template.status} />
      </p>
      {justTranslated ? (
        <Notice tone="success" title={t("translations.saved.started", { name: template.translationOf!.name })} live>
          <p>{t("translations.saved.startedBody")}</p>
        </Notice>
      ) : null}
      <TemplateFacts template={template} />

      {draft && check && allowed.includes("editDraft") ? (
        <section aria-labelledby="draft-heading" className="mb-10">
          <h2 id="draft-heading" className="mb-2">
            {t("overview.draftHeading", { number: draft.number })}
          </h2>
          <p className="text-muted mb-4">{t("overview.draftLead")}</p>
          <TaskList
            items={sectionStates(draft.content, check).map((state) => ({
              href: `${base}/${TEMPLATE_SECTION_PATHS[state.section]}`,
              name: t(`sections.${state.section}.name`),
              hint: t(`sections.${state.section}.hint`),
              status: state.status,
              problemCount: state.problemCount,
            }))}
          />
          <p className="mt-6">
            <Link href={`${base}/publish`} className={PRIMARY_LINK}>
              {t("overview.publish", { number: draft.number })}
            </Link>
          </p>
        </section>
      ) : null}

      {draft && template.status === "DEPRECATED" ? <p className="mb-6">{t("overview.draftAbandoned")}</p> : null}

      {allowed.includes("startNewVersion") || allowed.includes("deprecate") ? (
        <section aria-labelledby="next-heading" className="mb-10">
          <h2 id="next-heading" className="mb-4">
            {t("overview.nextHeading")}
          </h2>
          <div className="flex flex-wrap gap-4">
            {allowed.includes("startNewVersion") ? (
              <Link href={`${base}/new-version`} className={PRIMARY_LINK}>
                {t("overview.startVersion", { number: nextNumber })}
              </Link>
            ) : null}
            {allowed.includes("deprecate") ? (
              <Link href={`${base}/deprecate`} className={SECONDARY_LINK}>
                {t("overview.deprecate")}
              </Link>
            ) : null}
          </div>
        </section>
      ) : null}

      <TemplateDownloads
        slug={template.slug}
        language={template.language}
        versions={[
          ...(draft ? [{ number: draft.number, draft: true }] : []),
          ...template.published.slice(0, 1).map((version) => ({ number: version.number, draft: false })),
        ]}
      />

      <VersionList slug={template.slug} versions={template.published} />
    </>
  );
}
