"use client";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { LintFix } from "@/lib/domain/lint";
import { applyLintFixSchema } from "@/lib/schemas/openness";
import { applyLintFixAction } from "./actions";

/**
 * The finding's one-click fix: sends the exact fix the page showed, so the server can refuse it
 * when the text changed since. The page re-renders with the tender linted again.
 */
export function FixButton({
  tenderId,
  version,
  findingKey,
  fix,
  label,
  context,
}: {
  tenderId: string;
  version: number;
  findingKey: string;
  fix: LintFix;
  /** What the fix does, e.g. Add “or equivalent”. */
  label: string;
  /** Where, for screen readers: several fix buttons share the page. */
  context: string;
}) {
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: applyLintFixSchema,
    action: applyLintFixAction,
    defaultValues: { tenderId, version, key: findingKey, ...fix },
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate className="mt-3">
        <SubmitButton pending={isPending}>
          {label}
          <span className="sr-only"> ({context})</span>
        </SubmitButton>
      </form>
    </>
  );
}
