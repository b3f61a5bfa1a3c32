"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/**
 * Shown instead of any page that failed, most often because the database cannot be reached.
 * Never shows the error itself: only a reference the operator can find in the server log.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="max-w-2xl">
      <h1 ref={heading} tabIndex={-1} className="mb-4">
        {t("title")}
      </h1>
      <p className="mb-4 text-lg">{t("lead")}</p>
      <p className="mb-6">{t("next")}</p>
      {error.digest ? <p className="text-muted mb-6">{t("reference", { reference: error.digest })}</p> : null}
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
