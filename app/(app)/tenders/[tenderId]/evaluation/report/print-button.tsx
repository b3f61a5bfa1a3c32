"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialogue (to paper or PDF); the print styles leave the navigation out. */
export function PrintButton() {
  const t = useTranslations("awardReport");
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      {t("print")}
    </Button>
  );
}
