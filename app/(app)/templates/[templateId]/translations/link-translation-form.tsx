"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { linkTranslationSchema } from "@/lib/schemas/template-translations";
import { linkTranslationAction } from "./actions";

/** "This template is a translation of …": the original, among the templates the rules allow. */
export function LinkTranslationForm({
  templateId,
  version,
  choices,
}: {
  templateId: string;
  version: number;
  choices: { id: string; label: string }[];
}) {
  const t = useTranslations("templates.translations");
  const router = useRouter();
  const formState = useActionForm({
    schema: linkTranslationSchema,
    action: linkTranslationAction,
    defaultValues: { templateId, version, originalId: "" },
    onSuccess: () => {
      router.push(`/templates/${templateId}/translations?saved=linked`);
      router.refresh();
    },
  });
  const { form, fieldError } = formState;
  return (
    <FormShell state={formState} submitLabel={t("linkSubmit")}>
      <SelectField
        name="originalId"
        label={t("originalLabel")}
        hint={t("originalHint")}
        error={fieldError("originalId")}
        options={[{ value: "", label: t("chooseOriginal") }, ...choices.map(({ id, label }) => ({ value: id, label }))]}
        registration={form.register("originalId")}
      />
    </FormShell>
  );
}
