"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormShell } from "@/components/forms/form-shell";
import { RolesField } from "@/components/forms/roles-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import { addMemberSchema } from "@/lib/schemas/members";
import { addMemberAction } from "./actions";

export function AddMemberForm() {
  const t = useTranslations("members.add");
  const [added, setAdded] = useState<string>();
  const state = useActionForm({
    schema: addMemberSchema,
    action: addMemberAction,
    defaultValues: { name: "", email: "", roles: [], initialPassword: "" },
    onSuccess: () => {
      setAdded(state.form.getValues("email"));
      state.form.reset();
    },
  });
  const { field } = state;
  const notices = added ? <Notice tone="success" live title={t("added", { email: added })} /> : null;
  return (
    <FormShell state={{ ...state, notices }} submitLabel={t("submit")}>
      <TextField {...field("name")} label={t("name")} autoComplete="off" />
      <TextField {...field("email")} label={t("email")} type="email" spellCheck={false} autoComplete="off" />
      <RolesField error={state.fieldError("roles")} registration={state.form.register("roles")} />
      <TextField
        {...field("initialPassword")}
        label={t("initialPassword")}
        hint={t("initialPasswordHint")}
        type="password"
        autoComplete="new-password"
      />
    </FormShell>
  );
}
