"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { TemplateSection } from "@/lib/domain/templates/reuse/template-sections";
import { takeOverTemplateSectionSchema } from "@/lib/schemas/template-reuse";
import { takeOverTemplateSectionAction } from "./actions";

/**
 * "Take over this section": one button per changed section. The page comes back saying what was
 * taken over; the section then no longer appears among the changes.
 */
export function TakeOverForm({
  tenderId,
  version,
  section,
  sectionName,
  templateVersion,
}: {
  tenderId: string;
  version: number;
  section: TemplateSection;
  sectionName: string;
  templateVersion: number;
}) {
  const t = useTranslations("templateReuse.updates");
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: takeOverTemplateSectionSchema,
    action: takeOverTemplateSectionAction,
    defaultValues: { tenderId, version, section, templateVersion },
    onSuccess: () => {
      router.push(`/tenders/${tenderId}/template?taken=${section}`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="mb-4">
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <SubmitButton pending={isPending}>
        {/* One flex item, so the hidden section name reads as part of the button's name. */}
        <span>
          {t("takeOver")}
          <span className="sr-only">: {sectionName}</span>
        </span>
      </SubmitButton>
    </form>
  );
}
