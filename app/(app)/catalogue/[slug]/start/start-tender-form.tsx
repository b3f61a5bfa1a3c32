"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { startTenderFromTemplateSchema } from "@/lib/schemas/template-reuse";
import { startTenderFromTemplateAction } from "./actions";

/** The tender's title (the template's name to start with), then the tender is created and opened. */
export function StartTenderForm({
  slug,
  templateVersion,
  title,
}: {
  slug: string;
  templateVersion: number;
  title: string;
}) {
  const t = useTranslations("templateReuse.start");
  const router = useRouter();
  const state = useActionForm({
    schema: startTenderFromTemplateSchema,
    action: startTenderFromTemplateAction,
    defaultValues: { slug, templateVersion, title },
    onSuccess: ({ tenderId }) => router.push(`/tenders/${tenderId}`),
  });
  const { field } = state;
  return (
    <FormShell state={state} submitLabel={t("submit")}>
      <TextField {...field("title")} label={t("titleLabel")} hint={t("titleHint")} />
    </FormShell>
  );
}
