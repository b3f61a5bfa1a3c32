"use client";
import { TenderTitleForm } from "@/components/tenders/tender-title-form";
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
  return (
    <TenderTitleForm
      schema={startTenderFromTemplateSchema}
      action={startTenderFromTemplateAction}
      defaultValues={{ slug, templateVersion, title }}
      messages="templateReuse.start"
    />
  );
}
