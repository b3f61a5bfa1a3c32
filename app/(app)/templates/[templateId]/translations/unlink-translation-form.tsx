"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { useActionForm } from "@/components/forms/use-action-form";
import { unlinkTranslationSchema } from "@/lib/schemas/template-translations";
import { unlinkTranslationAction } from "./actions";

/** Removes the link to the original: the template stays, no longer presented as its translation. */
export function UnlinkTranslationForm({ templateId, version }: { templateId: string; version: number }) {
  const t = useTranslations("templates.translations");
  const router = useRouter();
  const formState = useActionForm({
    schema: unlinkTranslationSchema,
    action: unlinkTranslationAction,
    defaultValues: { templateId, version },
    onSuccess: () => {
      router.push(`/templates/${templateId}/translations?saved=unlinked`);
      router.refresh();
    },
  });
  return <FormShell state={formState} submitLabel={t("unlinkSubmit")} submitVariant="warning" />;
}
