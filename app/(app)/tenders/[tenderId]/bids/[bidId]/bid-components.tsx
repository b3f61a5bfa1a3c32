import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { OpenedBidDetail } from "@/lib/server/bids/bid-access";

/** Only web addresses become links: a bid's text is never trusted to be a safe URL. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** The components the bid delivers or depends on, with their licences as the bid states them. */
export async function BidComponents({ bid }: { bid: OpenedBidDetail }) {
  const t = await getTranslations("openedBid.components");
  const { components } = bid.content;
  return (
    <section aria-labelledby="components-heading" className="mb-10">
      <h2 id="components-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-3xl">{t("lead")}</p>
      {components.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ScrollTable caption={t("caption")} captionHidden>
          <TableHead
            columns={[
              t("name"),
              t("version"),
              t("supplier"),
              t("licence"),
              t("repository"),
              t("relation"),
              t("aiModel"),
            ]}
          />
          <tbody>
            {components.map((component, index) => (
              <tr key={index} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 text-left">
                  {component.name}
                </th>
                <td className="py-2 pr-4">{component.version || "–"}</td>
                <td className="py-2 pr-4">{component.supplier || "–"}</td>
                <td className="py-2 pr-4 font-mono text-sm">{component.licence || t("noLicence")}</td>
                <td className="py-2 pr-4 break-all">
                  {isWebAddress(component.repository) ? (
                    <a href={component.repository} rel="noopener noreferrer nofollow">
                      {component.repository}
                    </a>
                  ) : (
                    component.repository || "–"
                  )}
                </td>
                <td className="py-2 pr-4">{t(`relations.${component.relation}`)}</td>
                <td className="py-2">
                  {component.isAiModel
                    ? component.modelOpennessClass
                      ? t("aiModelClass", { mofClass: component.modelOpennessClass })
                      : t("aiModelNoClass")
                    : t("notAiModel")}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
