"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RolesField } from "@/components/forms/roles-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import type { Role } from "@/lib/domain/roles";
import { changeMemberRolesSchema } from "@/lib/schemas/members";
import { changeMemberRolesAction } from "../actions";

export function MemberRolesForm({
  membershipId,
  version,
  roles,
}: {
  membershipId: string;
  version: number;
  roles: Role[];
}) {
  const t = useTranslations("members.edit");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: changeMemberRolesSchema,
    action: changeMemberRolesAction,
    defaultValues: { membershipId, version, roles },
    onSuccess: (result) => {
      form.setValue("version", result.version);
      setSaved(true);
      router.refresh();
    },
  });

  return (
    <>
      {saved ? <Notice tone="success" live title={t("saved")} /> : null}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <input type="hidden" {...form.register("membershipId")} />
          <input type="hidden" {...form.register("version")} />
          <RolesField error={fieldError("roles")} registration={form.register("roles")} />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
