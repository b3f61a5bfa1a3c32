"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import { changePasswordSchema } from "@/lib/schemas/account";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const [changed, setChanged] = useState(false);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    onSuccess: () => {
      setChanged(true);
      form.reset();
    },
  });

  return (
    <>
      {changed ? <Notice tone="success" live title={t("changed")} /> : null}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextField
            name="currentPassword"
            label={t("current")}
            type="password"
            autoComplete="current-password"
            error={fieldError("currentPassword")}
            registration={form.register("currentPassword")}
          />
          <TextField
            name="newPassword"
            label={t("new")}
            hint={t("newHint")}
            type="password"
            autoComplete="new-password"
            error={fieldError("newPassword")}
            registration={form.register("newPassword")}
          />
          <TextField
            name="confirmPassword"
            label={t("confirm")}
            type="password"
            autoComplete="new-password"
            error={fieldError("confirmPassword")}
            registration={form.register("confirmPassword")}
          />
          <SubmitButton pending={isPending}>{t("submit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
