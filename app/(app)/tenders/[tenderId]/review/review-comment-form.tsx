"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/field-messages";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { TenderSection } from "@/lib/domain/tender/tender-tasks";
import { addReviewCommentSchema } from "@/lib/schemas/tender-review";
import { addReviewCommentAction } from "./actions";

/** The reviewer's comment on one section; the page has one per section, each field named after it. */
export function ReviewCommentForm({
  tenderId,
  section,
  sectionName,
}: {
  tenderId: string;
  section: TenderSection;
  sectionName: string;
}) {
  const t = useTranslations("tenders.review.comments");
  const router = useRouter();
  const [added, setAdded] = useState(0);
  const bodyName = `comment-${section}.body`;
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: addReviewCommentSchema,
    action: addReviewCommentAction,
    defaultValues: { tenderId, section, body: "" },
    onSuccess: () => {
      form.reset({ tenderId, section, body: "" });
      setAdded((count) => count + 1);
      router.refresh();
    },
  });
  const errors = summaryErrors.map((error) =>
    error.fieldId === fieldId("body") ? { ...error, fieldId: fieldId(bodyName) } : error,
  );
  return (
    <>
      <div role="status">{added > 0 ? <p className="mb-4 font-semibold">{t("added")}</p> : null}</div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextareaField
            name={bodyName}
            label={t("label", { section: sectionName })}
            hint={t("hint")}
            rows={4}
            error={fieldError("body")}
            registration={form.register("body")}
          />
          <SubmitButton pending={isPending}>{t("add")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
