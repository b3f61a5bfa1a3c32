import { getFormatter, getTranslations } from "next-intl/server";
import type { DiffValue, FieldChange, TemplateDiff } from "@/lib/domain/templates/template-diff";
import { DiffText } from "@/components/ui/diff-text";

/**
 * What changed between two versions of a template (diffTemplateVersions), section by section:
 * each item added, removed or changed, with its fields before and after and, for texts, the
 * words that changed. Shows nothing for sections that did not change.
 */
export async function TemplateDiffView({ diff, headingLevel = 3 }: { diff: TemplateDiff; headingLevel?: 2 | 3 }) {
  const [t, format] = await Promise.all([getTranslations("templates.diff"), getFormatter()]);
  const Heading = `h${headingLevel}` as const;
  if (!diff.changed) return <p>{t("noChanges")}</p>;
  const tSovereignty = await getTranslations("tenders.sovereignty");
  const fieldName = (field: string) => describeDiffField(field, t, tSovereignty);
  // Amounts are kept in cents (decisions.md); readers see euros.
  const show = (value: DiffValue, field: string) =>
    value === null
      ? t("empty")
      : Array.isArray(value)
        ? value.join(", ") || t("empty")
        : field.endsWith("Cents") && typeof value === "number"
          ? format.number(value / 100, { style: "currency", currency: "EUR" })
          : String(value);
  return (
    <div className="space-y-8">
      {diff.sections
        .filter((section) => section.changed)
        .map((section) => (
          <section key={section.section} aria-labelledby={`diff-${section.section}`}>
            <Heading id={`diff-${section.section}`} className="mb-3 text-xl">
              {t(`sections.${section.section}`)}
            </Heading>
            <ul className="space-y-4">
              {section.items.map((item) => (
                <li key={`${item.kind}-${item.key}`} className="border-l-4 border-line pl-4">
                  <p className="font-semibold">{t(`kinds.${item.kind}`, { item: fieldName(item.label) })}</p>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                    {item.fields.map((field) => (
                      <FieldRow key={field.field} field={field} name={fieldName(field.field)} show={show} words={t} />
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
  field,
  name,
  show,
  words,
}: {
  field: FieldChange;
  name: string;
  show: (value: DiffValue, field: string) => string;
  words: Awaited<ReturnType<typeof getTranslations>>;
}) {
  return (
    <>
      <dt className="font-semibold">{name}</dt>
      <dd>
        {field.text ? (
          <DiffText parts={field.text} inserted={words("inserted")} deleted={words("deleted")} />
        ) : (
          <p>
            {words("beforeAfter", { before: show(field.before, field.field), after: show(field.after, field.field) })}
          </p>
        )}
      </dd>
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** A field path of the diff in words: parameters, sovereignty fields and settings by name. */
function describeDiffField(field: string, t: Translate, tSovereignty: Translate): string {
  let match: RegExpExecArray | null;
  if ((match = /^values\.(.+)$/.exec(field))) return t("fields.parameter", { name: match[1]! });
  if ((match = /^assessment\.(.+)$/.exec(field))) {
    const factor = tSovereignty.has(`factors.${match[1]}.name`) ? tSovereignty(`factors.${match[1]}.name`) : match[1]!;
    return t("fields.assessment", { factor });
  }
  if ((match = /^minimumSeal\.([^.]+)\.(seal|justification)$/.exec(field))) {
    return t(match[2] === "seal" ? "fields.minimumSeal" : "fields.sealJustification", { objective: match[1]! });
  }
  if ((match = /^weights\.(.+)$/.exec(field))) return t("fields.objectiveWeight", { objective: match[1]! });
  const key = `fields.${field.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
  return t.has(key) ? t(key) : field;
}
