import { getTranslations } from "next-intl/server";
import type { PanelRole } from "@/lib/domain/panel/panel-model";

/**
 * The declaration itself, in plain words with its legal basis (Directive 2014/24/EU Art. 24; the
 * Commission's 2018 guidance for practitioners has a template): what a conflict of interest is,
 * what the member declares, and what they undertake to keep confidential.
 */
export async function DeclarationText({ role }: { role: PanelRole }) {
  const t = await getTranslations("evaluation.declaration.text");
  return (
    <section aria-labelledby="declaration-heading" className="mb-8 border-l-8 border-line pl-4">
      <h2 id="declaration-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="text-muted mb-4">{t("legalBasis")}</p>
      <h3 className="mb-2 text-xl">{t("conflictHeading")}</h3>
      <p className="mb-4">{t("conflictMeaning")}</p>
      <p className="mb-2 font-semibold">{role === "CHAIR" ? t("iDeclareChair") : t("iDeclare")}</p>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>{t("noInterest")}</li>
        <li>{t("noPreparation")}</li>
        <li>{t("willDeclare")}</li>
      </ul>
      <h3 className="mb-2 text-xl">{t("confidentialityHeading")}</h3>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>{t("keepConfidential")}</li>
        <li>{t("noContact")}</li>
        <li>{t("ownScores")}</li>
      </ul>
      <p>{t("consequences")}</p>
    </section>
  );
}
