"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { clauseVersionDiff } from "@/lib/domain/clauses/clause-version-diff";
import type { DiffPart } from "@/lib/domain/clauses/text-diff";
import type { Locale } from "@/lib/i18n/config";

/**
 * The library has a newer version of a chosen clause: what changed, and the choice to take it.
 * Until the drafter accepts, the tender keeps the version it chose.
 */
export function ClauseUpdateNotice({
  current,
  newer,
  locale,
  clauseTitle,
  onAccept,
}: {
  current: Clause;
  newer: Clause;
  locale: Locale;
  clauseTitle: string;
  onAccept: () => void;
}) {
  const t = useTranslations("tenders.clauses.update");
  const diff = clauseVersionDiff(current, newer, locale);
  return (
    <Notice title={t("title")}>
      <p>{t("intro", { current: current.version, newer: newer.version })}</p>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold">{t("showDifference")}</summary>
        <h4 className="mt-2 font-semibold">{t("titleChange")}</h4>
        <DiffText parts={diff.title} />
        <h4 className="mt-2 font-semibold">{t("bodyChange")}</h4>
        <DiffText parts={diff.body} />
        {diff.parameters.length > 0 ? (
          <>
            <h4 className="mt-2 font-semibold">{t("parameterChanges")}</h4>
            <ul className="list-disc pl-6">
              {diff.parameters.map((change) => (
                <li key={change.name}>
                  {t(`parameter.${change.change}`, { label: change.label })}
                  {change.defaultBefore !== change.defaultAfter && change.defaultAfter !== undefined
                    ? ` ${t("defaultChange", { before: change.defaultBefore ?? "—", after: change.defaultAfter })}`
                    : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
      <Button className="mt-3" variant="secondary" onClick={onAccept}>
        {t("accept")}
        <span className="sr-only"> {clauseTitle}</span>
      </Button>
    </Notice>
  );
}

/** Removed words struck through, added ones underlined; screen readers hear ins/del as such. */
function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap">
      {parts.map((part, index) =>
        part.type === "equal" ? (
          <span key={index}>{part.text}</span>
        ) : part.type === "insert" ? (
          <ins key={index} className="bg-green-100">
            {part.text}
          </ins>
        ) : (
          <del key={index} className="bg-red-100">
            {part.text}
          </del>
        ),
      )}
    </p>
  );
}
