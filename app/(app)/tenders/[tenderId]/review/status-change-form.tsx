"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/field-messages";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { TenderStatus, TenderTransition } from "@/lib/domain/tender/tender-status";
import { changeTenderStatusSchema } from "@/lib/schemas/tender-review";
import { changeTenderStatusAction } from "./actions";

/**
 * One move of the tender's lifecycle offered on the task list: what it does, a reason where the
 * move asks for one (or where it helps, for cancelling), and the button. Several of these share
 * a page, so each names its reason field after its move.
 */
export function StatusChangeForm({
  tenderId,
  version,
  from,
  to,
  action,
  reasonRequired,
}: {
  tenderId: string;
  version: number;
  from: TenderStatus;
  to: TenderStatus;
  action: TenderTransition["action"];
  reasonRequired: boolean;
}) {
  const t = useTranslations(`tenders.lifecycle.${action}`);
  const tLifecycle = useTranslations("tenders.lifecycle");
  const router = useRouter();
  const askReason = reasonRequired || action === "cancel";
  const reasonName = `${action}.reason`;
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: changeTenderStatusSchema,
    action: changeTenderStatusAction,
    defaultValues: { tenderId, version, from, to, reason: "" },
    onSuccess: () => {
      router.refresh();
      window.scrollTo({ top: 0 });
    },
  });
  const errors = summaryErrors.map((error) =>
    error.fieldId === fieldId("reason") ? { ...error, fieldId: fieldId(reasonName) } : error,
  );
  const headingId = `lifecycle-${action}`;
  return (
    <section aria-labelledby={headingId} className="mb-8 border-t border-line pt-6">
      <h3 id={headingId} className="mb-2 text-xl">
        {t("heading")}
      </h3>
      <p className="mb-4">{from === "PUBLISHED" && action === "cancel" ? t("bodyPublished") : t("body")}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          {askReason ? (
            <TextareaField
              name={reasonName}
              label={reasonRequired ? t("reason") : tLifecycle("optional", { label: t("reason") })}
              hint={t("reasonHint")}
              rows={3}
              error={fieldError("reason")}
              registration={form.register("reason")}
            />
          ) : null}
          <SubmitButton pending={isPending} variant={action === "cancel" ? "warning" : "primary"}>
            {t("button")}
          </SubmitButton>
        </FormFields>
      </form>
    </section>
  );
}
