"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { createTenderSchema } from "@/lib/schemas/tender";
import { createTenderAction } from "../actions";

export function NewTenderForm() {
  const t = useTranslations("tenders.new");
  const router = useRouter();
  const state = useActionForm({
    schema: createTenderSchema,
    action: createTenderAction,
    defaultValues: { title: "" },
    onSuccess: ({ tenderId }) => router.push(`/tenders/${tenderId}`),
  });
  const { field } = state;
  return (
    <FormShell state={state} submitLabel={t("submit")}>
      <TextField {...field("title")} label={t("titleLabel")} hint={t("titleHint")} />
    </FormShell>
  );
}
