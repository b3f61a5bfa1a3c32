"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RolesField } from "@/components/forms/roles-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import { addMemberSchema } from "@/lib/schemas/members";
import { addMemberAction } from "./actions";

export function AddMemberForm() {
  const t = useTranslations("members.add");
  const [added, setAdded] = useState<string>();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: addMemberSchema,
    action: addMemberAction,
    defaultValues: { name: "", email: "", roles: [], initialPassword: "" },
    onSuccess: () => {
      setAdded(form.getValues("email"));
      form.reset();
    },
  });

  return (
    <>
      {added ? <Notice tone="success" live title={t("added", { email: added })} /> : null}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextField
            name="name"
            label={t("name")}
            autoComplete="off"
            error={fieldError("name")}
            registration={form.register("name")}
          />
          <TextField
            name="email"
            label={t("email")}
            type="email"
            spellCheck={false}
            autoComplete="off"
            error={fieldError("email")}
            registration={form.register("email")}
          />
          <RolesField error={fieldError("roles")} registration={form.register("roles")} />
          <TextField
            name="initialPassword"
            label={t("initialPassword")}
            hint={t("initialPasswordHint")}
            type="password"
            autoComplete="new-password"
            error={fieldError("initialPassword")}
            registration={form.register("initialPassword")}
          />
          <SubmitButton pending={isPending}>{t("submit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
