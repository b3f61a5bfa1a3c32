import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { DiffText } from "@/components/ui/diff-text";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import { diffTemplateVersions } from "@/lib/domain/templates/template-diff";
import { labelTemplateDiff } from "@/lib/domain/templates/template-diff-labels";
import { isLocale } from "@/lib/i18n/config";
import { createDocumentText } from "@/lib/i18n/document-text";

/**
 * What changed from one version of a template to another (diffTemplateVersions), section by
 * section: each item added, removed or changed, with its fields before and after in words
 * (labelTemplateDiff: no raw codes) and, for texts, the words that changed. Shows nothing for
 * sections that did not change. `clauses` holds the clause versions both name, by key@version;
 * texts of the template itself are marked with its `language`.
 */
export async function TemplateDiffView({
  before,
  after,
  clauses,
  language,
  headingLevel = 3,
}: {
  before: TemplateContent;
  after: TemplateContent;
  clauses: ReadonlyMap<string, Clause>;
  language: string;
  headingLevel?: 2 | 3;
}) {
  const [t, locale, messages] = await Promise.all([getTranslations("templates.diff"), getLocale(), getMessages()]);
  const diff = diffTemplateVersions(before, after);
  if (!diff.changed) return <p>{t("noChanges")}</p>;
  const words = createDocumentText(isLocale(locale) ? locale : "en", messages as Record<string, unknown>);
  const sections = labelTemplateDiff(diff, { before, after, clauses }, words);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-8">
      {sections.map((section) => (
        <section key={section.section} aria-labelledby={`diff-${section.section}`}>
          <Heading id={`diff-${section.section}`} className="mb-3 text-xl">
            {section.title}
          </Heading>
          <ul className="space-y-4">
            {section.items.map((item) => (
              <li key={`${item.kind}-${item.key}`} className="border-l-4 border-line pl-4">
                <p className="font-semibold">{t(`kinds.${item.kind}`, { item: item.title })}</p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  {item.fields.map((field) => (
                    <FieldRow key={field.field} {...field} language={language} words={t} />
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FieldRow({
  name,
  before,
  after,
  text,
  language,
  words,
}: {
  name: string;
  before: string;
  after: string;
  text?: Parameters<typeof DiffText>[0]["parts"];
  language: string;
  words: Awaited<ReturnType<typeof getTranslations<"templates.diff">>>;
}) {
  return (
    <>
      <dt className="font-semibold">{name}</dt>
      <dd>
        {text ? (
          <div lang={language}>
            <DiffText parts={text} inserted={words("inserted")} deleted={words("deleted")} />
          </div>
        ) : (
          <p>{words("beforeAfter", { before, after })}</p>
        )}
      </dd>
    </>
  );
}
