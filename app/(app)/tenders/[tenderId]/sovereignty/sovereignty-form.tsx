"use client";
import { useTranslations } from "next-intl";
import { SovereigntyProfileForm } from "@/components/sovereignty/sovereignty-profile-form";
import { sovereigntySchema, type SovereigntyInput } from "@/lib/schemas/sovereignty";
import { useSectionForm } from "../use-section-form";
import { saveSovereigntyAction } from "./actions";

/** The tender's sovereignty profile, saved as its section. */
export function SovereigntyForm({ values }: { values: SovereigntyInput & { tenderId: string; version: number } }) {
  const t = useTranslations("tenders.sovereignty");
  const section = useSectionForm({ schema: sovereigntySchema, action: saveSovereigntyAction, values });
  return <SovereigntyProfileForm state={section} submitLabel={t("save")} />;
}
