"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { switchOrganisationAction } from "@/app/actions/switch-organisation";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useMessage } from "@/components/forms/use-message";

export function OrganisationSwitcher({
  currentOrganisationId,
  organisations,
}: {
  currentOrganisationId: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("shell.organisation");
  const message = useMessage();
  const router = useRouter();
  const [selected, setSelected] = useState(currentOrganisationId);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const hydrated = useHydrated();

  return (
    <form
      method="post"
      className="flex flex-wrap items-center gap-2 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await switchOrganisationAction({ organisationId: selected });
          if (!result.ok) return setError(message(result.formError));
          setError(undefined);
          router.push("/home");
          router.refresh();
        });
      }}
    >
      <label htmlFor="organisation-switcher">{t("label")}</label>
      <select
        id="organisation-switcher"
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
        className="min-h-11 rounded border-2 border-white bg-white px-2 text-ink"
      >
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={!hydrated || isPending}
        className="min-h-11 rounded border-2 border-white px-3 font-semibold text-white"
      >
        {t("switch")}
      </button>
      {error ? (
        <p role="alert" className="font-bold">
          {error}
        </p>
      ) : null}
    </form>
  );
}
