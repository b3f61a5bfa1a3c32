"use client";
import { TenderTitleForm } from "@/components/tenders/tender-title-form";
import { createTenderSchema } from "@/lib/schemas/tender";
import { createTenderAction } from "../actions";

export function NewTenderForm() {
  return (
    <TenderTitleForm
      schema={createTenderSchema}
      action={createTenderAction}
      defaultValues={{ title: "" }}
      messages="tenders.new"
    />
  );
}
