import { getTranslations } from "next-intl/server";
import { LicenceClassBadge } from "@/components/licences/licence-class-badge";
import { Notice } from "@/components/ui/notice";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";
import type { BidFullAssessmentView } from "@/lib/domain/assessment/assess-bids";
import type { OutboundLicence } from "@/lib/domain/licences";
import { ComponentLicenceRow } from "./component-licence-row";

/**
 * The licence assessment of one bid: the "open source" claim against the components (open-washing
 * and dependencies that are not open are flagged), the delivered components against the tender's
 * outbound licence, and every component with its class, reasons and, for AI models, the openness
 * class and use restrictions.
 */
export async function LicencesSection({
  bid,
  outboundLicence,
}: {
  bid: BidFullAssessmentView;
  outboundLicence: OutboundLicence;
}) {
  const [t, tLicences] = await Promise.all([getTranslations("bidAssessment.licences"), getTranslations("licences")]);
  const { licences } = bid;
  const claim = licences.openSourceClaim;
  const breakingDelivered = claim.components.filter((component) => component.relation === "DELIVERED").length;
  const breakingDependencies = claim.components.length - breakingDelivered;
  const claimText = tLicences(`openSourceClaim.${claim.status}`, {
    count: claim.status === "OPEN_WASHING" ? breakingDelivered : breakingDependencies,
  });

  return (
    <section aria-labelledby="licences-heading" className="mb-12">
      <h2 id="licences-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-3xl">
        {t("lead", { outbound: licences.outboundLicence, source: t(`outboundSource.${outboundLicence.source}`) })}
      </p>
      {claim.flagged ? (
        <Notice tone="danger" title={t(`flag.${claim.status}`)}>
          <p>{claimText}</p>
        </Notice>
      ) : (
        <Notice tone={claim.status === "SUPPORTED" ? "success" : "info"} title={t("claimTitle")}>
          <p>{claimText}</p>
        </Notice>
      )}
      {licences.components.length === 0 ? (
        <p className="mb-4">{t("none")}</p>
      ) : (
        <>
          <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[16rem_1fr]">
            <dt className="font-semibold">{t("overallClass")}</dt>
            <dd>{licences.overallClass ? <LicenceClassBadge licenceClass={licences.overallClass} /> : null}</dd>
            <dt className="font-semibold">{t("countsLabel")}</dt>
            <dd>
              {t("counts", {
                open: licences.counts.OPEN,
                free: licences.counts.FREE_NOT_OSI,
                notOpen: licences.counts.NOT_OPEN,
                unknown: licences.counts.UNKNOWN,
              })}
            </dd>
            <dt className="font-semibold">{t("deliverablesLabel")}</dt>
            <dd>
              {t("deliverables", {
                count: licences.deliverables.count,
                attention: licences.deliverables.needingAttention.length,
                outbound: licences.outboundLicence,
              })}
            </dd>
            {licences.aiModels.count > 0 ? (
              <>
                <dt className="font-semibold">{t("aiModelsLabel")}</dt>
                <dd>
                  {t("aiModels", {
                    count: licences.aiModels.count,
                    restricted: licences.aiModels.useRestricted,
                    contradicted: licences.aiModels.claimContradicted,
                  })}
                </dd>
              </>
            ) : null}
          </dl>
          <ScrollTable caption={t("caption")}>
            <TableHead columns={[t("component"), t("licence"), t("why"), t("deliverable"), t("aiModel")]} />
            <tbody>
              {licences.components.map((component) => (
                <ComponentLicenceRow key={component.index} component={component} />
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </section>
  );
}
