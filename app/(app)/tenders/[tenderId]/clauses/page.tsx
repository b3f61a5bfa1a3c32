import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { chosenFormClause, definitionsByVersion } from "@/components/clauses/form-values";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { getChosenClauseVersions, listLibraryClauses } from "@/lib/server/clauses/clause-library";
import { getDb } from "@/lib/server/db";
import { tenderTemplateMandatoryKeys } from "@/lib/server/templates/reuse/template-mandatory-keys";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { ClausesForm } from "./clauses-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.clauses");
  return { title: t("name") };
}

export default async function ClausesPage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId, "tender.draft");
  const [library, chosenVersions, locale, templateMandatory] = await Promise.all([
    listLibraryClauses(getDb()),
    // The removed mandatory clauses too, so their list names them as the version removed.
    getChosenClauseVersions(getDb(), [
      ...tender.clauses,
      ...tender.clauseRemovals.map(({ key, version }) => ({ key, version, values: {} })),
    ]),
    getLocale(),
    tenderTemplateMandatoryKeys(getDb(), viewer, tender.id),
  ]);
  const current = library.map((entry) => entry.clause);
  // The versions the tender holds, and the library's current ones (for adding and for updates).
  const definitions = definitionsByVersion(current, chosenVersions);
  const initialClauses = tender.clauses.map((chosen) => chosenFormClause(chosen, chosenVersions));
  return (
    <TenderSectionPage tender={tender} section="clauses" editable={isEditable(tender.status)}>
      <ClausesForm
        tenderId={tender.id}
        version={tender.version}
        initialClauses={initialClauses}
        recordedRemovals={tender.clauseRemovals}
        templateMandatoryKeys={[...templateMandatory]}
        definitions={definitions}
        library={current}
        profile={{
          contractNature: tender.contractNature,
          procedureType: tender.procedureType,
          cpvCodes: [tender.mainCpv, ...tender.additionalCpvs].filter((code): code is string => Boolean(code)),
        }}
        uiLocale={isLocale(locale) ? locale : DEFAULT_LOCALE}
        documentsLocale={isLocale(tender.documentsLanguage) ? tender.documentsLanguage : DEFAULT_LOCALE}
      />
    </TenderSectionPage>
  );
}
