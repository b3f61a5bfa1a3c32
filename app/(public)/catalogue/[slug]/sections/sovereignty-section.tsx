import { getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import { SummaryList } from "@/components/ui/summary-list";
import { TableHead } from "@/components/ui/table-head";
import {
  RISK_FACTORS,
  RISK_LEVEL_CODES,
  SEAL_CODES,
  SOVEREIGNTY_FRAMEWORK_SOURCE,
  SOVEREIGNTY_OBJECTIVES,
  type SealLevel,
  type SovereigntyProfile,
} from "@/lib/domain/tender/sovereignty";
import type { Locale } from "@/lib/i18n/config";
import { TemplateSection } from "./section";

/** The default sovereignty profile: the risk assessment, and the minimum level and weight per objective. */
export async function SovereigntySection({ profile, locale }: { profile: SovereigntyProfile; locale: Locale }) {
  const [t, tTender] = await Promise.all([getTranslations("catalogue.template"), getTranslations("tenders")]);
  const justifications = SOVEREIGNTY_OBJECTIVES.filter((objective) => profile.minimumSeal[objective]?.justification);
  return (
    <TemplateSection id="sovereignty" title={t("sections.sovereignty")}>
      <p className="mb-4 max-w-3xl">{t("sovereigntyLead", { source: SOVEREIGNTY_FRAMEWORK_SOURCE })}</p>
      <h3 className="mb-2 text-xl">{t("riskAssessment")}</h3>
      <SummaryList
        rows={RISK_FACTORS.map((factor) => ({
          key: factor,
          label: tTender(`sovereignty.factors.${factor}.name`),
          value: tTender(
            `sovereignty.factors.${factor}.levels.${RISK_LEVEL_CODES[factor][profile.assessment[factor]]}.label`,
          ),
        }))}
      />
      <ScrollTable caption={t("sovereigntyCaption")} className="mb-4">
        <TableHead columns={[t("objective"), t("minimumSeal"), t("weight")]} />
        <tbody>
          {SOVEREIGNTY_OBJECTIVES.map((objective) => {
            const seal = (profile.minimumSeal[objective]?.seal ?? 0) as SealLevel;
            return (
              <tr key={objective} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {objective} · {tTender(`sovereigntyObjective.${objective}`)}
                </th>
                <td className="py-2 pr-4">
                  SEAL-{seal} · {tTender(`sovereignty.seal.${SEAL_CODES[seal]}.name`)}
                </td>
                <td className="py-2">{t("percent", { value: profile.weights[objective] })}</td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      {justifications.length > 0 ? (
        <>
          <h3 className="mb-2 text-xl">{t("sealJustifications")}</h3>
          <dl>
            {justifications.map((objective) => (
              <div key={objective} className="mb-2">
                <dt className="font-semibold">
                  {objective} · {tTender(`sovereigntyObjective.${objective}`)}
                </dt>
                <dd lang={locale}>{profile.minimumSeal[objective]!.justification}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </TemplateSection>
  );
}
