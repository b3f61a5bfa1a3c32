import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";

/**
 * In the status notice of a tender under evaluation or awarded: the way to its ranking, its award
 * decision (while it can still be taken) and its award report. Those pages say themselves when the
 * evaluation is not complete yet, and who may read them.
 */
export async function AwardLinks({ tender }: { tender: TenderDto }) {
  if (tender.status !== "EVALUATION" && tender.status !== "AWARDED") return null;
  const t = await getTranslations("evaluationResults.tenderLinks");
  const base = `/tenders/${tender.id}/evaluation`;
  return (
    <ul className="mt-2 space-y-1">
      <li>
        <Link href={`${base}/ranking`}>{t("ranking")}</Link>
      </li>
      {tender.status === "EVALUATION" ? (
        <li>
          <Link href={`${base}/award`}>{t("award")}</Link>
        </li>
      ) : null}
      <li>
        <Link href={`${base}/report`}>{t("report")}</Link>
      </li>
    </ul>
  );
}
