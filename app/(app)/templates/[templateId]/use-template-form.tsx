"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { EditConflictNotice } from "@/components/forms/edit-conflict-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/errors";

type BuilderValues = FieldValues & { templateId: string; version: number };

/**
 * A form of the template builder: saves with the version the page was loaded at and returns to
 * the template's overview. When someone else saved in between, nothing is overwritten: the OSPO
 * is told, keeps what they typed, and reloads when ready. Forms render `notices` above themselves.
 */
export function useTemplateForm<Schema extends z.ZodType<BuilderValues, FieldValues>, Result>({
  schema,
  action,
  values,
  returnTo,
}: {
  schema: Schema;
  action: (input: z.input<Schema>) => Promise<ActionResult<Result>>;
  values: DefaultValues<z.input<Schema>> & { templateId: string; version: number };
  /** Where to go once saved; the template's overview unless said otherwise. */
  returnTo?: (result: Result) => string;
}) {
  const router = useRouter();
  const [conflict, setConflict] = useState(false);
  const result = useActionForm({
    schema,
    action,
    defaultValues: values,
    onSuccess: (saved: Result) => {
      router.push(returnTo ? returnTo(saved) : `/templates/${values.templateId}`);
      router.refresh();
    },
    onFailure: (failure) => setConflict(failure.formError === "templates.errors.changedMeanwhile"),
  });
  const notices: ReactNode = conflict ? <ConflictNotice /> : null;
  return { ...result, notices };
}

function ConflictNotice() {
  const t = useTranslations("templates.conflict");
  return <EditConflictNotice title={t("title")} body={t("body")} reload={t("reload")} />;
}
