"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { SbomFileInput, useSbomFile } from "@/components/bids/sbom-file";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useMessage } from "@/components/forms/use-message";
import { RadioGroupPlain } from "@/components/forms/radio-group-plain";
import { Button } from "@/components/ui/button";
import { SBOM_RELATION_CHOICES, type SbomRelationChoice } from "@/lib/domain/bids/sbom/sbom-types";
import { addSbomAction } from "../../actions";

/**
 * Choose the file and how its components relate to the bid; the file is read here first (every
 * problem listed at once), then sent. The answer is a count: the bid's content is never shown.
 */
export function SbomForm({
  tenderId,
  bidId,
  receiptNumber,
}: {
  tenderId: string;
  bidId: string;
  receiptNumber: number;
}) {
  const t = useTranslations("bidReception.sbom");
  const message = useMessage();
  const id = useId();
  const hydrated = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const [relation, setRelation] = useState<SbomRelationChoice>("AUTO");
  const [added, setAdded] = useState<number | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const { problems, read } = useSbomFile();

  useEffect(() => {
    if (added !== null) doneRef.current?.focus();
  }, [added]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setServerError(null);
    const file = await read(fileRef.current?.files?.[0], relation);
    if (!file.ok) return;
    startTransition(async () => {
      const result = await addSbomAction({ tenderId, bidId, relation, content: file.text });
      if (result.ok) setAdded(result.data.added);
      else setServerError(message(Object.values(result.fieldErrors)[0]?.[0] ?? result.formError));
    });
  }

  if (added !== null) {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="border-success mb-6 border-l-8 bg-green-50 p-4">
        <h2 className="mb-2 text-2xl">{t("addedTitle", { count: added, number: receiptNumber })}</h2>
        <p className="mb-2">{t("addedBody")}</p>
        <Link href={`/tenders/${tenderId}/bids`}>{t("backToRegister")}</Link>
      </div>
    );
  }

  return (
    <form onSubmit={submit} method="post" noValidate>
      <fieldset disabled={!hydrated || isPending} className="m-0 min-w-0 border-0 p-0">
        {serverError ? (
          <div role="alert" className="border-danger mb-6 border-4 p-4">
            <p className="text-danger font-bold">{serverError}</p>
          </div>
        ) : null}
        <p id={`${id}-hint`} className="mb-4">
          {t("formats")}
        </p>
        <SbomFileInput id={id} fileRef={fileRef} problems={problems} />
        <RadioGroupPlain
          name="relation"
          legend={t("relation")}
          value={relation}
          onChange={(value) => setRelation(value as SbomRelationChoice)}
          options={SBOM_RELATION_CHOICES.map((choice) => ({
            value: choice,
            label: t(`relations.${choice}`),
            hint: t(`relationHints.${choice}`),
          }))}
        />
        <Button type="submit" disabled={isPending}>
          {t("submit", { number: receiptNumber })}
        </Button>
      </fieldset>
    </form>
  );
}
