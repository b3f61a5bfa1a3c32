import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";

/** The frame of the pages under the bids register: back to the register, the tender, the page's title. */
export async function BidsPageFrame({
  tender,
  title,
  lead,
  children,
}: {
  tender: { id: string; reference: string; title: string };
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  const t = await getTranslations("bidReception.register");
  return (
    <div className="max-w-3xl">
      <Link href={`/tenders/${tender.id}/bids`} className="mb-6 inline-block">
        {t("backToRegister")}
      </Link>
      <PageHeading caption={`${tender.reference} · ${tender.title}`} title={title} lead={lead} />
      {children}
    </div>
  );
}
