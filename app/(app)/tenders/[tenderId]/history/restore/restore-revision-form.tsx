"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { restoreRevisionSchema } from "@/lib/schemas/tender-history";
import { restoreRevisionAction } from "../actions";

/**
 * The confirmation's button: restores `revision` if the tender is still at `version` (the one
 * this page showed), then returns to the history, which says it was done.
 */
export function RestoreRevisionForm({
  tenderId,
  revision,
  version,
}: {
  tenderId: string;
  revision: number;
  version: number;
}) {
  const t = useTranslations("tenders.history.restore");
  const router = useRouter();
  const historyHref = `/tenders/${tenderId}/history`;
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: restoreRevisionSchema,
    action: restoreRevisionAction,
    defaultValues: { tenderId, revision, version },
    onSuccess: () => {
      router.push(`${historyHref}?restored=${revision}`);
      router.refresh();
    },
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <div className="flex flex-wrap items-center gap-6">
            <SubmitButton pending={isPending}>{t("submit", { version: revision })}</SubmitButton>
            <Link href={historyHref}>{t("cancel")}</Link>
          </div>
        </FormFields>
      </form>
    </>
  );
}
