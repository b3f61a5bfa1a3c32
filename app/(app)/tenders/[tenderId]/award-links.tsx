import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";

/** On the task list of a tender under evaluation or awarded: the way to its ranking, award and report. */
export async function AwardLinks({ tender }: { tender: TenderDto }) {
  if (tender.status !== "EVALUATION" && tender.status !== "AWARDED") return null;
  const t = await getTranslations("evaluationResults.tenderLinks");
  const base = `/tenders/${tender.id}/evaluation`;
  return (
    <Notice title={t(tender.status === "AWARDED" ? "awardedTitle" : "evaluationTitle")}>
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
    </Notice>
  );
}
