"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { EditConflictNotice } from "@/components/forms/edit-conflict-notice";
import { FormFields } from "@/components/forms/form-fields";
import { TextareaField } from "@/components/forms/textarea-field";
import { Notice } from "@/components/ui/notice";
import type { AutosaveStatus } from "@/lib/domain/autosave";

/**
 * Someone else saved the tender after this form's version: nothing was overwritten. The drafter
 * may see what changed (the revision comparison, in a new tab so that what they typed stays on
 * this page) and then load the latest version.
 */
export function ConflictNotice({ tenderId, fromVersion }: { tenderId: string; fromVersion: number }) {
  const t = useTranslations("tenders.conflict");
  return (
    <EditConflictNotice title={t("title")} body={t("body")} reload={t("reload")}>
      <a href={`/tenders/${tenderId}/history/compare?from=${fromVersion}&to=latest`} target="_blank" rel="noopener">
        {t("compare")}
        <span className="sr-only"> {t("newTab")}</span>
      </a>
    </EditConflictNotice>
  );
}

/**
 * The background save's status, in a polite live region that is always present (so changes are
 * announced) and never takes focus.
 */
export function AutosaveStatusLine({ status }: { status: AutosaveStatus }) {
  const t = useTranslations("tenders.autosave");
  const format = useFormatter();
  let text = "";
  if (status.kind === "saving") text = t("saving");
  else if (status.kind === "saved") text = t("saved", { time: format.dateTime(status.at, { timeStyle: "short" }) });
  else if (status.kind === "invalid") text = t("invalid");
  else if (status.kind === "conflict") text = t("conflict");
  else if (status.kind === "failed") text = t("failed");
  return (
    <p role="status" aria-live="polite" className="text-muted mb-4 min-h-6">
      {text}
    </p>
  );
}

/**
 * Above the form of a published tender: what a corrigendum is, a warning when the deadline is
 * close, and the reason, which the form sends with the section (it is registered with the form,
 * so it need not sit inside the <form> element).
 */
export function CorrigendumFields({
  registration,
  error,
  extendDeadline,
}: {
  registration: UseFormRegisterReturn;
  error: string | undefined;
  extendDeadline: { deadline: string; days: number; minimumDays: number } | null;
}) {
  const t = useTranslations("tenders.corrigendum.mode");
  const format = useFormatter();
  return (
    <>
      <Notice title={t("title")}>
        <p>{t("body")}</p>
        {extendDeadline ? (
          <p className="mt-2 font-semibold">
            {t("extendDeadline", {
              minimumDays: extendDeadline.minimumDays,
              deadline: format.dateTime(new Date(`${extendDeadline.deadline}T00:00:00Z`), {
                dateStyle: "long",
                timeZone: "UTC",
              }),
            })}
          </p>
        ) : null}
      </Notice>
      <FormFields>
        <TextareaField
          name="corrigendumReason"
          label={t("reason")}
          hint={t("reasonHint")}
          rows={3}
          error={error}
          registration={registration}
        />
      </FormFields>
    </>
  );
}
