import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/domain/permissions";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";

/**
 * The way from a published tender's page to its bids: once the notice is out, receiving bids (and
 * then opening and evaluating them) is the work at hand, so it comes before the sections.
 */
export async function BidsEntry({ viewer, tender }: { viewer: Viewer; tender: Pick<TenderDto, "id" | "status"> }) {
  if (!["PUBLISHED", "EVALUATION", "AWARDED"].includes(tender.status)) return null;
  if (!can(viewer.roles, "bid.register") && !can(viewer.roles, "bid.view")) return null;
  const t = await getTranslations("bidReception.entry");
  return (
    <nav aria-labelledby="bids-entry-heading" className="bg-surface mb-8 rounded border border-line p-4">
      <h2 id="bids-entry-heading" className="mb-2 text-xl">
        {t("heading")}
      </h2>
      <p className="mb-2">{t(tender.status === "PUBLISHED" ? "body" : "bodyAfterPublication")}</p>
      <Link href={`/tenders/${tender.id}/bids`} className="font-semibold">
        {t("link")}
      </Link>
    </nav>
  );
}
