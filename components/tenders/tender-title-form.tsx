"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { DefaultValues, FieldValues, Path } from "react-hook-form";
import type { z } from "zod";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/errors";

type TitleValues = FieldValues & { title: string };

/**
 * The tender's title, then the tender is created and opened at its task list: "Create a tender"
 * and "Start a tender from this template" ask the same, with their own action and words.
 */
export function TenderTitleForm<Schema extends z.ZodType<TitleValues, TitleValues>>({
  schema,
  action,
  defaultValues,
  messages,
}: {
  schema: Schema;
  action: (input: z.input<Schema>) => Promise<ActionResult<{ tenderId: string }>>;
  defaultValues: DefaultValues<z.input<Schema>>;
  /** Where its words are: titleLabel, titleHint and submit. */
  messages: "tenders.new" | "templateReuse.start";
}) {
  const t = useTranslations(messages);
  const router = useRouter();
  const state = useActionForm({
    schema,
    action,
    defaultValues,
    onSuccess: ({ tenderId }) => router.push(`/tenders/${tenderId}`),
  });
  return (
    <FormShell state={state} submitLabel={t("submit")}>
      <TextField {...state.field("title" as Path<z.input<Schema>>)} label={t("titleLabel")} hint={t("titleHint")} />
    </FormShell>
  );
}
