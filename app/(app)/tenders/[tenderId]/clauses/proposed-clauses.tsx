"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Clause, TenderProfile } from "@/lib/domain/clauses/clause-model";
import { recommendedClauses } from "@/lib/domain/clauses/recommend-clauses";
import type { Locale } from "@/lib/i18n/config";

export const ADD_ALL_ID = "add-all-proposed";

/** The mandatory and recommended clauses that fit this tender and are not chosen yet. */
export function ProposedClauses({
  library,
  profile,
  chosenKeys,
  locale,
  onAdd,
}: {
  library: Clause[];
  profile: TenderProfile;
  chosenKeys: ReadonlySet<string>;
  locale: Locale;
  onAdd: (clause: Clause) => void;
}) {
  const t = useTranslations("tenders.clauses");
  const tLibrary = useTranslations("clauseLibrary");
  const proposed = recommendedClauses(library, profile).filter((clause) => !chosenKeys.has(clause.key));
  return (
    <section aria-labelledby="proposed-heading" className="mb-10">
      <h2 id="proposed-heading" className="mb-2 text-2xl font-bold">
        {t("proposedHeading")}
      </h2>
      {proposed.length === 0 ? (
        <p className="text-muted">{t("proposedNone")}</p>
      ) : (
        <>
          <p className="mb-3">{t("proposedIntro")}</p>
          <ul className="mb-4 space-y-2">
            {proposed.map((clause) => (
              <li key={clause.key} className="flex flex-wrap items-center gap-3">
                <Button variant="secondary" onClick={() => onAdd(clause)}>
                  {t("add")}
                  <span className="sr-only"> {clause.content[locale].title}</span>
                </Button>
                <span>
                  {clause.content[locale].title}
                  {clause.status === "MANDATORY" ? (
                    <strong className="ml-2 rounded bg-amber-100 px-2 text-sm">{tLibrary("status.MANDATORY")}</strong>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Button
        id={ADD_ALL_ID}
        variant="secondary"
        disabled={proposed.length === 0}
        onClick={() => proposed.forEach(onAdd)}
      >
        {t("addAllProposed")}
      </Button>
    </section>
  );
}
