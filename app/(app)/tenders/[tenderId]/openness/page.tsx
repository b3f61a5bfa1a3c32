import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FindingCard } from "@/components/lint/finding-card";
import { findingWords } from "@/components/lint/finding-text";
import { OpennessReadinessSummary } from "@/components/lint/openness-readiness";
import { PageHeading } from "@/components/ui/page-heading";
import type { LintFinding } from "@/lib/domain/lint";
import { readTenderField } from "@/lib/domain/lint/tender-field-edit";
import { can } from "@/lib/domain/permissions";
import { TENDER_SECTIONS } from "@/lib/domain/tender/tender-tasks";
import { getDb } from "@/lib/server/db";
import { lintSavedTender } from "@/lib/server/tenders/lint-saved-tender";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { FixButton } from "./fix-button";
import { SetAsideForm } from "./set-aside-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.openness");
  return { title: t("title") };
}

/**
 * The openness check: every finding of the lock-in linter on the saved tender, by section, with
 * its one-click fix and, for warnings, "Set aside" with a justification. Anyone who may see the
 * tender reads it; only those who may draft act on a draft.
 */
export default async function OpennessPage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId);
  const [{ findings, dismissedKeys, readiness }, words, tTasks, format] = await Promise.all([
    lintSavedTender(getDb(), tender),
    findingWords(),
    getTranslations("tenders.tasks"),
    getFormatter(),
  ]);
  const { t } = words;
  const mayAct = can(viewer.roles, "tender.draft") && tender.status === "DRAFT";
  const isDismissed = (finding: LintFinding) => finding.severity !== "error" && dismissedKeys.has(finding.key);
  const open = findings.filter((finding) => !isDismissed(finding));
  const dismissed = tender.lintDismissals.flatMap((dismissal) => {
    const finding = findings.find((candidate) => candidate.key === dismissal.key && isDismissed(candidate));
    return finding ? [{ dismissal, finding }] : [];
  });
  const sections = [...TENDER_SECTIONS].filter((section) =>
    open.some((finding) => finding.location.section === section),
  );

  return (
    <div className="max-w-3xl">
      <Link href={`/tenders/${tender.id}`} className="mb-6 inline-block">
        {tTasks("backToTasks")}
      </Link>
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={t("tenders.openness.title")}
        lead={t("tenders.openness.lead")}
      />
      <OpennessReadinessSummary tenderId={tender.id} readiness={readiness} showLink={false} />
      {open.length === 0 ? <p className="mb-8">{t("tenders.openness.noFindings")}</p> : null}
      {sections.map((section) => {
        const name = tTasks(`sections.${section}.name`);
        return (
          <section key={section} aria-labelledby={`openness-${section}`} className="mb-10">
            <h2 id={`openness-${section}`} className="mb-2 text-2xl">
              {name}
            </h2>
            <p className="mb-4">
              <Link href={`/tenders/${tender.id}/${section}`}>
                {t("tenders.openness.goToSection", { section: name })}
              </Link>
            </p>
            <ul className="space-y-6">
              {open
                .filter((finding) => finding.location.section === section)
                .map((finding) => {
                  const index = findings.indexOf(finding);
                  const context = `${index + 1}. ${words.rule(finding)}, ${words.field(finding.location.field)}`;
                  return (
                    <li key={`${finding.key}-${index}`}>
                      <FindingCard
                        finding={finding}
                        number={index + 1}
                        tender={tender}
                        actions={
                          mayAct ? (
                            <FindingActions
                              finding={finding}
                              tenderId={tender.id}
                              version={tender.version}
                              index={index}
                              context={context}
                              fixLabel={fixLabel(finding, readTenderField(tender, finding.fix?.field ?? "") ?? "", t)}
                              errorNote={t("tenders.openness.errorNotDismissable")}
                            />
                          ) : null
                        }
                      />
                    </li>
                  );
                })}
            </ul>
          </section>
        );
      })}
      {dismissed.length > 0 ? (
        <section aria-labelledby="openness-dismissed" className="mb-10">
          <h2 id="openness-dismissed" className="mb-2 text-2xl">
            {t("tenders.openness.dismissedHeading")}
          </h2>
          <p className="mb-4">{t("tenders.openness.dismissedLead")}</p>
          <ul className="space-y-6">
            {dismissed.map(({ dismissal, finding }) => (
              <li key={dismissal.key}>
                <FindingCard
                  finding={finding}
                  number={findings.indexOf(finding) + 1}
                  tender={tender}
                  actions={
                    <div className="bg-surface mt-3 rounded p-3">
                      <p className="font-semibold">{t("tenders.openness.justification")}</p>
                      <p className="whitespace-pre-line">{dismissal.justification}</p>
                      <p className="text-muted mt-1 text-sm">
                        {t("tenders.openness.dismissedOn", {
                          date: format.dateTime(new Date(dismissal.at), { dateStyle: "long" }),
                        })}
                      </p>
                    </div>
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The fix button's words: what it adds, or what it replaces with what. */
function fixLabel(finding: LintFinding, text: string, t: Awaited<ReturnType<typeof findingWords>>["t"]): string {
  const fix = finding.fix;
  if (!fix) return "";
  return fix.start === fix.end
    ? t("lint.fix.insert", { text: fix.replacement.trim() })
    : t("lint.fix.replace", { original: text.slice(fix.start, fix.end), text: fix.replacement.trim() });
}

function FindingActions({
  finding,
  tenderId,
  version,
  index,
  context,
  fixLabel,
  errorNote,
}: {
  finding: LintFinding;
  tenderId: string;
  version: number;
  index: number;
  context: string;
  fixLabel: string;
  errorNote: string;
}) {
  return (
    <>
      {finding.fix ? (
        <FixButton
          tenderId={tenderId}
          version={version}
          findingKey={finding.key}
          fix={finding.fix}
          label={fixLabel}
          context={context}
        />
      ) : null}
      {finding.severity === "error" ? (
        <p className="text-muted mt-3 text-sm">{errorNote}</p>
      ) : (
        <SetAsideForm tenderId={tenderId} version={version} findingKey={finding.key} index={index} context={context} />
      )}
    </>
  );
}
