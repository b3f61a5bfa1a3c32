"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/errors";

type SectionValues = FieldValues & { tenderId: string; version: number };

/**
 * A task page's form: saves the section with the version it was loaded at, then returns to the
 * task list. When someone else saved in between, nothing is overwritten: the drafter is told,
 * keeps what they typed on screen, and chooses when to load the other version. Forms render
 * `notices` above themselves.
 */
export function useSectionForm<Schema extends z.ZodType<SectionValues, FieldValues>>({
  schema,
  action,
  values,
}: {
  schema: Schema;
  action: (input: z.input<Schema>) => Promise<ActionResult<{ version: number }>>;
  values: DefaultValues<z.input<Schema>> & { tenderId: string };
}) {
  const t = useTranslations("tenders.conflict");
  const router = useRouter();
  const [hasConflict, setHasConflict] = useState(false);
  const result = useActionForm({
    schema,
    action,
    defaultValues: values,
    onSuccess: () => {
      router.push(`/tenders/${values.tenderId}`);
      router.refresh();
    },
    onFailure: (failure) =>
      setHasConflict(failure.code === "CONFLICT" && failure.formError === "errors.tenderChangedMeanwhile"),
  });
  // Shown above the form: the edit conflict, and (later) the corrigendum's reason.
  const notices: ReactNode = hasConflict ? (
    <Notice tone="danger" title={t("title")}>
      <p className="mb-3">{t("body")}</p>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t("reload")}
      </Button>
    </Notice>
  ) : null;
  return { ...result, notices };
}
