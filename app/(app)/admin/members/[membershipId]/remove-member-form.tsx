"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { removeMemberSchema } from "@/lib/schemas/members";
import { removeMemberAction } from "../actions";

export function RemoveMemberForm({
  membershipId,
  version,
  name,
}: {
  membershipId: string;
  version: number;
  name: string;
}) {
  const t = useTranslations("members.edit");
  const router = useRouter();
  const { form, onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: removeMemberSchema,
    action: removeMemberAction,
    defaultValues: { membershipId, version },
    onSuccess: () => router.push("/admin/members"),
  });

  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <input type="hidden" {...form.register("membershipId")} />
          <input type="hidden" {...form.register("version")} />
          <SubmitButton pending={isPending} variant="warning">
            {t("remove", { name })}
          </SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
