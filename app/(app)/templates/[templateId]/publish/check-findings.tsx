import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TemplateFinding } from "@/lib/domain/templates/publish-checks";
import { TEMPLATE_SECTION_PATHS, TEMPLATE_SECTIONS } from "@/lib/domain/templates/template-sections";
import { parseMessageRef } from "@/lib/i18n/message-ref";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The draft's problems (and advice): those of the template as a whole first, then by builder
 * section, each section linked for fixing.
 */
export async function CheckFindings({ templateId, findings }: { templateId: string; findings: TemplateFinding[] }) {
  const t = await getTranslations();
  if (findings.length === 0) return <p>{t("templates.publish.noProblems")}</p>;
  const whole = findings.filter((finding) => finding.section === null);
  return (
    <ul className="space-y-4">
      {whole.length > 0 ? (
        <li>
          <p className="font-semibold">{t("templates.publish.wholeTemplate")}</p>
          <FindingItems findings={whole} t={t} />
        </li>
      ) : null}
      {TEMPLATE_SECTIONS.filter((section) => findings.some((finding) => finding.section === section)).map((section) => (
        <li key={section}>
          <Link href={`/templates/${templateId}/${TEMPLATE_SECTION_PATHS[section]}`} className="font-semibold">
            {t(`templates.sections.${section}.name`)}
          </Link>
          <FindingItems findings={findings.filter((finding) => finding.section === section)} t={t} />
        </li>
      ))}
    </ul>
  );
}

function FindingItems({ findings, t }: { findings: TemplateFinding[]; t: Translate }) {
  const text = (ref: string) => {
    const { key, values } = parseMessageRef(ref);
    return t.has(key) ? t(key, values) : t("validation.invalid");
  };
  return (
    <ul className="mt-1 list-disc pl-6">
      {findings.map((finding, index) => (
        <li key={index} className={finding.severity === "error" ? "text-danger" : undefined}>
          <span className="font-semibold">{t(`templates.publish.severity.${finding.severity}`)}: </span>
          {text(finding.message)}
        </li>
      ))}
    </ul>
  );
}
