"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useRoleOptions } from "@/components/forms/role-options";
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
  const roleOptions = useRoleOptions();
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
          <CheckboxGroup
            name="roles"
            legend={t("roles")}
            hint={t("rolesHint")}
            error={fieldError("roles")}
            options={roleOptions}
            registration={form.register("roles")}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
