import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import { GUIDANCE_SECTIONS, type GuidanceNote } from "@/lib/domain/templates/template-content";
import type { Locale } from "@/lib/i18n/config";
import { TemplateSection } from "./section";

/** Advice to drafters, in the order of the tender's sections. */
export async function GuidanceSection({ notes, locale }: { notes: GuidanceNote[]; locale: Locale }) {
  const t = await getTranslations("catalogue.template");
  return (
    <TemplateSection id="guidance" title={t("sections.guidance")}>
      <p className="mb-4 max-w-3xl">{t("guidanceLead")}</p>
      {GUIDANCE_SECTIONS.map((section) => {
        const texts = notes.filter((note) => note.section === section);
        if (texts.length === 0) return null;
        return (
          <div key={section} className="mb-4 max-w-3xl border-l-4 border-brand pl-4">
            <h3 className="mb-1 text-lg">{t(`guidanceSections.${section}`)}</h3>
            {texts.map((note, index) => (
              <div key={index} lang={locale} className="mb-2">
                <Markdown>{note.text}</Markdown>
              </div>
            ))}
          </div>
        );
      })}
    </TemplateSection>
  );
}
