import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/domain/permissions";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { checkTender } from "@/lib/domain/tender/check-tender";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { LifecyclePanel } from "../review/lifecycle-panel";
import { SectionSummary } from "../section-summary";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.check");
  return { title: t("title") };
}

/** GOV.UK "check answers": every answer on one page, each section with a link to change it. */
export default async function CheckAnswersPage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId);
  const [t, tSections, tHistory] = await Promise.all([
    getTranslations("tenders.check"),
    getTranslations("tenders.tasks.sections"),
    getTranslations("tenders.history"),
  ]);
  // The sections that apply to this tender (the phases only to an innovation partnership).
  const sections = checkTender(tender, viewer.organisation.authorityType).tasks.map((task) => task.section);
  const changeable = isEditable(tender.status) && can(viewer.roles, "tender.draft");
  return (
    <div className="max-w-3xl">
      <Link href={`/tenders/${tender.id}`} className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading caption={`${tender.reference} · ${tender.title}`} title={t("title")} lead={t("lead")} />
      {sections.map((section) => (
        <section key={section} aria-labelledby={`check-${section}`} className="mb-8 border-t border-line pt-4">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
            <h2 id={`check-${section}`} className="text-xl">
              {tSections(`${section}.name`)}
            </h2>
            {changeable ? (
              <Link href={`/tenders/${tender.id}/${section}`}>
                {t("change")}
                <span className="sr-only"> {tSections(`${section}.name`)}</span>
              </Link>
            ) : null}
          </div>
          <SectionSummary tender={tender} section={section} />
        </section>
      ))}
      <p className="mb-8">
        <Link href={`/tenders/${tender.id}/history`}>{tHistory("link")}</Link>
      </p>
      <LifecyclePanel viewer={viewer} tender={tender} />
    </div>
  );
}
