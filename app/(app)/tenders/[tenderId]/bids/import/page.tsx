import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { priceScheduleHref } from "@/components/exports/price-schedule-formats";
import { BidsPageFrame } from "../bids-page-frame";
import { loadReception } from "../load-reception";
import { ReceptionClosedNotice } from "../reception-closed-notice";
import { ImportForm } from "./import-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidReception.import");
  return { title: t("title") };
}

/** "Import bids": a CSV or JSON file of bids, all or nothing, with blank templates to start from. */
export default async function ImportBidsPage({ params }: Props) {
  const { tender, state } = await loadReception((await params).tenderId);
  const t = await getTranslations("bidReception.import");
  const template = (format: "csv" | "json") => `/api/bid-template?tenderId=${tender.id}&format=${format}`;
  return (
    <BidsPageFrame tender={tender} title={t("title")} lead={t("lead")}>
      {state === "OPEN" ? (
        <>
          <section aria-labelledby="templates-heading" className="mb-8">
            <h2 id="templates-heading" className="mb-2 text-2xl">
              {t("templatesHeading")}
            </h2>
            <p className="mb-2">{t("templatesLead")}</p>
            <ul className="mb-2 list-disc pl-6">
              <li>
                <a href={template("csv")} download>
                  {t("csvTemplate")}
                </a>
              </li>
              <li>
                <a href={template("json")} download>
                  {t("jsonTemplate")}
                </a>
              </li>
              <li>
                <a href={priceScheduleHref(tender.id, "ods")} download>
                  {t("odsPriceSchedule")}
                </a>
              </li>
              <li>
                <a href={priceScheduleHref(tender.id, "xlsx")} download>
                  {t("xlsxPriceSchedule")}
                </a>
              </li>
            </ul>
            <p className="mb-2">{t("priceScheduleHelp")}</p>
            <p className="text-muted">{t("formatHelp")}</p>
          </section>
          <ImportForm tenderId={tender.id} />
        </>
      ) : (
        <ReceptionClosedNotice state={state} />
      )}
    </BidsPageFrame>
  );
}
