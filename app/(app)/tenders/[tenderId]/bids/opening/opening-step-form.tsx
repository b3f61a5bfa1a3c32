"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { useActionForm } from "@/components/forms/use-action-form";
import { openingRequestSchema, requestOpeningSchema } from "@/lib/schemas/bid-opening";
import { confirmOpeningAction, requestOpeningAction, withdrawOpeningRequestAction } from "./actions";

/** Asking for the opening: one button. */
export function RequestOpeningForm({ tenderId }: { tenderId: string }) {
  const t = useTranslations("bidOpening");
  const router = useRouter();
  const state = useActionForm({
    schema: requestOpeningSchema,
    action: requestOpeningAction,
    defaultValues: { tenderId },
    onSuccess: () => router.refresh(),
  });
  return <FormShell state={state} submitLabel={t("request")} />;
}

/** Confirming (a second person) or withdrawing (the requester) the request the page shows. */
export function OpeningRequestForm({
  tenderId,
  requestId,
  step,
}: {
  tenderId: string;
  requestId: string;
  step: "confirm" | "withdraw";
}) {
  const t = useTranslations("bidOpening");
  const router = useRouter();
  const state = useActionForm({
    schema: openingRequestSchema,
    action: step === "confirm" ? confirmOpeningAction : withdrawOpeningRequestAction,
    defaultValues: { tenderId, requestId },
    onSuccess: () => {
      router.refresh();
      window.scrollTo({ top: 0 });
    },
  });
  return (
    <FormShell
      state={state}
      submitLabel={step === "confirm" ? t("confirm") : t("withdraw")}
      submitVariant={step === "confirm" ? "primary" : "warning"}
    />
  );
}
