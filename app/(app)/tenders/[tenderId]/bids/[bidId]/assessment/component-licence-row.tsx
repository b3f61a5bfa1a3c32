import { getTranslations } from "next-intl/server";
import { LicenceClassBadge } from "@/components/licences/licence-class-badge";
import { LicenceReasons } from "@/components/licences/licence-reasons";
import { MODEL_OPENNESS_LABELS, type ComponentLicenceAssessment } from "@/lib/domain/licences";

/** One component of a bid in the licence table: its class and why, its deliverable verdict, its AI model facts. */
export async function ComponentLicenceRow({ component }: { component: ComponentLicenceAssessment }) {
  const [t, tLicences] = await Promise.all([getTranslations("bidAssessment.licences"), getTranslations("licences")]);
  const { classification, deliverable, aiModel } = component;
  return (
    <tr className="border-b border-line align-top">
      <th scope="row" className="py-2 pr-4 text-left">
        <span className="block">
          {component.name}
          {component.version ? ` ${component.version}` : ""}
        </span>
        <span className="block font-normal text-muted">{tLicences(`relation.${component.relation}`)}</span>
      </th>
      <td className="py-2 pr-4">
        <code className="mb-1 block break-all">
          {classification.expression.trim() === "" ? tLicences("display.noExpression") : classification.expression}
        </code>
        <LicenceClassBadge licenceClass={classification.licenceClass} />
        {classification.suggestion ? (
          <span className="mt-1 block text-sm">
            {tLicences("display.suggestion")}: <code>{classification.suggestion.expression}</code>
          </span>
        ) : null}
      </td>
      <td className="max-w-md py-2 pr-4 text-sm">
        <LicenceReasons reasons={classification.reasons} />
      </td>
      <td className="max-w-sm py-2 pr-4 text-sm">
        {deliverable ? (
          <>
            <strong className="block">{tLicences(`deliverables.verdict.${deliverable.verdict}`)}</strong>
            {tLicences(`deliverables.finding.${deliverable.finding}`, {
              licence: deliverable.licence,
              outbound: deliverable.outboundLicence,
            })}
          </>
        ) : (
          t("notDelivered")
        )}
      </td>
      <td className="max-w-sm py-2 text-sm">
        {aiModel ? (
          <>
            <span className="block font-semibold">
              {tLicences(
                `modelOpenness.${aiModel.opennessClass ? MODEL_OPENNESS_LABELS[aiModel.opennessClass] : "notStated"}`,
              )}
            </span>
            <span className="block">{tLicences(`useRestriction.${aiModel.useRestriction}`)}</span>
            <span className="block">{tLicences(`modelClaim.${aiModel.claim}`)}</span>
          </>
        ) : (
          t("notAiModel")
        )}
      </td>
    </tr>
  );
}
