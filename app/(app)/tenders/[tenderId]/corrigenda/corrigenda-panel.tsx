import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/domain/permissions";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { countCorrigenda } from "@/lib/server/tenders/list-corrigenda";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";

/**
 * On the task list of a published tender (or one that had corrigenda before it was cancelled):
 * how changes are made now, how many corrigenda were issued, and the way to read them.
 */
export async function CorrigendaPanel({ viewer, tender }: { viewer: Viewer; tender: TenderDto }) {
  const [t, count] = await Promise.all([
    getTranslations("tenders.corrigendum.panel"),
    countCorrigenda(getDb(), viewer, tender.id),
  ]);
  if (tender.status !== "PUBLISHED" && count === 0) return null;
  return (
    <section aria-labelledby="corrigenda-heading" className="mb-8">
      <h2 id="corrigenda-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      {tender.status === "PUBLISHED" && can(viewer.roles, "tender.draft") ? <p className="mb-2">{t("howTo")}</p> : null}
      <p className="mb-2">{t("count", { count })}</p>
      {count > 0 ? (
        <p>
          <Link href={`/tenders/${tender.id}/corrigenda`}>{t("link")}</Link>
        </p>
      ) : null}
    </section>
  );
}
