"use client";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ExportJobKind } from "@/lib/domain/exports/export-job";
import { startExportJobSchema } from "@/lib/schemas/export-jobs";
import { startExportJobAction } from "@/app/actions/start-export-job";

/** One button that asks for a long export, then goes to its progress page. */
export function StartExportJobForm({
  kind,
  tenderId,
  label,
}: {
  kind: ExportJobKind;
  /** The tender exported; none for the organisation's templates. */
  tenderId?: string;
  label: string;
}) {
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: startExportJobSchema,
    action: startExportJobAction,
    defaultValues: tenderId ? { kind, tenderId } : { kind },
    onSuccess: ({ jobId }) => router.push(`/exports/${jobId}`),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate className="mb-4">
        <SubmitButton pending={isPending}>{label}</SubmitButton>
      </form>
    </>
  );
}
