import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/domain/permissions";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { revisionCompareQuerySchema } from "@/lib/schemas/tender-history";
import { getDb } from "@/lib/server/db";
import { listTenderRevisions } from "@/lib/server/tenders/list-tender-revisions";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { compareTenders, sectionsApplying } from "../compare-tenders";
import { loadSummaryFormatters } from "../../summary-formatters";
import { loadVersion } from "../load-version";
import { SavedInBetween } from "../saved-in-between";
import { SectionChanges } from "../section-changes";
import { VersionCard } from "../version-card";

type Props = {
  params: Promise<{ tenderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.history.compareView");
  return { title: t("title") };
}

/**
 * Two versions side by side, section by section. `to=latest` compares with the tender as it is
 * now: the edit-conflict notice links here with the version the form was loaded at, so the drafter
 * sees what was saved meanwhile, by whom.
 */
export default async function CompareVersionsPage({ params, searchParams }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId);
  const query = revisionCompareQuerySchema.parse(await searchParams);
  const historyHref = `/tenders/${tender.id}/history`;
  if (query.from === undefined || query.to === undefined) redirect(historyHref);
  const toVersion = query.to === "latest" ? tender.version : query.to;
  const [from, to] = await Promise.all([
    loadVersion(viewer, tender, query.from),
    loadVersion(viewer, tender, toVersion),
  ]);
  const formatters = await loadSummaryFormatters([from.tender, to.tender]);
  const { t } = formatters;
  const comparison = compareTenders(
    from.tender,
    to.tender,
    sectionsApplying([from.tender, to.tender], viewer.organisation.authorityType),
    formatters,
  );
  const between = await listTenderRevisions(getDb(), viewer, tender.id, {
    between: { after: Math.min(from.version, to.version), upTo: Math.max(from.version, to.version) },
  });
  const selfHref = (all: boolean) => `${historyHref}/compare?from=${from.version}&to=${query.to}${all ? "&all=1" : ""}`;
  const restorable =
    isEditable(tender.status) && can(viewer.roles, "tender.draft")
      ? [from, to].filter((version) => version.version !== tender.version)
      : [];

  return (
    <div className="max-w-5xl">
      <Link href={historyHref} className="mb-6 inline-block">
        {t("history.compareView.back")}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={t("history.compareView.title")}
        lead={
          query.to === "latest"
            ? t("history.compareView.leadLatest", { from: from.version, to: to.version })
            : t("history.compareView.lead", { from: from.version, to: to.version })
        }
      />
      <section aria-labelledby="compared-versions" className="mb-8">
        <h2 id="compared-versions" className="sr-only">
          {t("history.compareView.versions")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <VersionCard role="from" revision={from} isCurrent={from.version === tender.version} />
          <VersionCard role="to" revision={to} isCurrent={to.version === tender.version} />
        </div>
      </section>
      {between.items.length > 1 ? <SavedInBetween between={between} /> : null}
      {from.version === to.version ? (
        <Notice title={t("history.compareView.sameVersion")} />
      ) : comparison.changed.length === 0 ? (
        <Notice title={t("history.compareView.noChanges")} />
      ) : (
        <p className="mb-6">
          <Link href={selfHref(!query.all)}>
            {query.all ? t("history.compareView.showChanges") : t("history.compareView.showAll")}
          </Link>
        </p>
      )}
      {from.version !== to.version ? (
        <SectionChanges
          comparison={comparison}
          fromVersion={from.version}
          toVersion={to.version}
          showUnchanged={query.all}
        />
      ) : null}
      {restorable.length > 0 ? (
        <section aria-labelledby="restore-heading" className="mt-10 border-t border-line pt-6">
          <h2 id="restore-heading" className="mb-3 text-2xl">
            {t("history.compareView.restoreHeading")}
          </h2>
          <p className="mb-4">{t("history.compareView.restoreLead")}</p>
          <ul className="flex flex-wrap gap-4">
            {restorable.map(({ version }) => (
              <li key={version}>
                <Link
                  href={`${historyHref}/restore?version=${version}`}
                  className="border-ink inline-block rounded border-2 px-4 py-2 font-semibold"
                >
                  {t("history.compareView.restoreLink", { version })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
