"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import { changePasswordSchema } from "@/lib/schemas/account";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const [changed, setChanged] = useState(false);
  const state = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    onSuccess: () => {
      setChanged(true);
      state.form.reset();
    },
  });
  const { field } = state;
  const notices = changed ? <Notice tone="success" live title={t("changed")} /> : null;
  return (
    <FormShell state={{ ...state, notices }} submitLabel={t("submit")}>
      <TextField {...field("currentPassword")} label={t("current")} type="password" autoComplete="current-password" />
      <TextField
        {...field("newPassword")}
        label={t("new")}
        hint={t("newHint")}
        type="password"
        autoComplete="new-password"
      />
      <TextField {...field("confirmPassword")} label={t("confirm")} type="password" autoComplete="new-password" />
    </FormShell>
  );
}
