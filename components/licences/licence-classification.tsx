import { getTranslations } from "next-intl/server";
import type { LicenceClassification } from "@/lib/domain/licences";
import { LicenceClassBadge } from "./licence-class-badge";
import { LicenceReasons } from "./licence-reasons";

/**
 * One licence expression as the assessment sees it: the text as the bid gives it, the class (in
 * words and with what it means), why, and a suggested correction when there is one, which is
 * shown and never applied. Server-rendered; `headingLevel` fits it into the page's outline.
 */
export async function LicenceClassificationDetails({
  classification,
  headingLevel = 3,
}: {
  classification: LicenceClassification;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = await getTranslations("licences");
  const Heading = `h${headingLevel}` as const;
  const { expression, licenceClass, normalised, reasons, suggestion } = classification;
  return (
    <div className="space-y-3">
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("display.expression")}</dt>
        <dd>
          {expression.trim() === "" ? t("display.noExpression") : <code className="break-all">{expression}</code>}
        </dd>
        {normalised !== null && normalised !== expression.trim() ? (
          <>
            <dt className="font-semibold">{t("display.readAs")}</dt>
            <dd>
              <code className="break-all">{normalised}</code>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("display.classLabel")}</dt>
        <dd>
          <LicenceClassBadge licenceClass={licenceClass} />
          <span className="ml-2 text-muted">{t(`classHint.${licenceClass}`)}</span>
        </dd>
      </dl>
      <Heading className="text-base font-bold">{t("display.why")}</Heading>
      <LicenceReasons reasons={reasons} />
      {suggestion ? (
        <p>
          <span className="font-semibold">{t("display.suggestion")}: </span>
          <code className="break-all">{suggestion.expression}</code>
          <span className="block text-muted">
            {t("display.suggestionClass", { class: t(`class.${suggestion.licenceClass}`) })}
          </span>
        </p>
      ) : null}
    </div>
  );
}
