"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { SbomFileInput, useSbomFile } from "@/components/bids/sbom-file";
import { Button } from "@/components/ui/button";
import type { BidComponent } from "@/lib/domain/bids/bid-model";
import { SBOM_RELATION_CHOICES, type SbomRelationChoice } from "@/lib/domain/bids/sbom/sbom-types";

/** In the bid form: choose a file, choose the relation, add its components to the list. */
export function SbomFileField({
  room,
  onComponents,
}: {
  room: number;
  onComponents: (components: BidComponent[]) => void;
}) {
  const t = useTranslations("bidReception.sbom");
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [relation, setRelation] = useState<SbomRelationChoice>("AUTO");
  const [status, setStatus] = useState("");
  const { problems, read } = useSbomFile();

  async function add() {
    const result = await read(fileRef.current?.files?.[0], relation);
    if (!result.ok) {
      setStatus("");
      return;
    }
    const components = result.components.slice(0, room);
    onComponents(components);
    setStatus(t("added", { count: components.length, format: result.format }));
    if (fileRef.current) fileRef.current.value = "";
  }

  return (
    <fieldset className="bg-surface mb-6 rounded border border-line p-4">
      <legend className="px-1 font-semibold">{t("formLegend")}</legend>
      <p id={`${id}-hint`} className="text-muted mb-2">
        {t("formats")}
      </p>
      <SbomFileInput id={id} fileRef={fileRef} problems={problems} />
      <label htmlFor={`${id}-relation`} className="mb-1 block font-semibold">
        {t("relation")}
      </label>
      <select
        id={`${id}-relation`}
        value={relation}
        onChange={(event) => setRelation(event.target.value as SbomRelationChoice)}
        className="mb-4 block min-h-11 rounded border-2 border-ink bg-white px-2"
      >
        {SBOM_RELATION_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`relations.${choice}`)}
          </option>
        ))}
      </select>
      <Button variant="secondary" onClick={add}>
        {t("addFromFile")}
      </Button>
      <p role="status" className={status ? "mt-2 font-semibold" : "sr-only"}>
        {status}
      </p>
    </fieldset>
  );
}
