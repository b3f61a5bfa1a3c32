"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/field-messages";
import { TextField } from "@/components/forms/text-field";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { signInSchema, type SignInInput } from "@/lib/schemas/auth";

export function SignInForm({
  callbackUrl,
  oidcName,
  providerError,
}: {
  callbackUrl: string;
  oidcName: string | null;
  providerError: string | undefined;
}) {
  const t = useTranslations("signIn");
  const message = useMessage();
  const router = useRouter();
  const [formError, setFormError] = useState<string | undefined>(
    providerError ? providerErrorMessage(providerError) : undefined,
  );
  const [attempt, setAttempt] = useState(0);
  const [isPending, startTransition] = useTransition();
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const errors = form.formState.errors;

  function providerErrorMessage(code: string): string {
    if (code === "oidc_unknown") return t("errors.oidcUnknown");
    return t("errors.generic");
  }

  function signInErrorMessage(code: string | null | undefined): string {
    const [kind, minutes] = (code ?? "").split(":");
    if (kind === "locked") return t("errors.locked", { minutes: Number(minutes) || 15 });
    if (kind === "invalid" || kind === "CredentialsSignin") return t("errors.invalid");
    return t("errors.generic");
  }

  const onSubmit = form.handleSubmit(
    (values) => {
      setFormError(undefined);
      startTransition(async () => {
        const result = await signIn("credentials", { ...values, redirect: false });
        if (result?.ok && !result.error) {
          router.push(callbackUrl);
          router.refresh();
          return;
        }
        form.resetField("password");
        setFormError(signInErrorMessage(result?.error));
        setAttempt((n) => n + 1);
      });
    },
    () => {
      setFormError(undefined);
      setAttempt((n) => n + 1);
    },
  );

  const summary: SummaryError[] = [
    ...(formError ? [{ fieldId: fieldId("email"), message: formError }] : []),
    ...(errors.email?.message ? [{ fieldId: fieldId("email"), message: message(errors.email.message) }] : []),
    ...(errors.password?.message ? [{ fieldId: fieldId("password"), message: message(errors.password.message) }] : []),
  ];

  return (
    <>
      <ErrorSummary errors={summary} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextField
            name="email"
            label={t("email")}
            type="email"
            autoComplete="username"
            spellCheck={false}
            error={errors.email?.message ? message(errors.email.message) : undefined}
            registration={form.register("email")}
          />
          <TextField
            name="password"
            label={t("password")}
            type="password"
            autoComplete="current-password"
            error={errors.password?.message ? message(errors.password.message) : undefined}
            registration={form.register("password")}
          />
          <SubmitButton pending={isPending}>{isPending ? t("submitting") : t("submit")}</SubmitButton>
        </FormFields>
      </form>
      {oidcName ? (
        <div className="mt-8 border-t border-line pt-6">
          <h2 className="mb-3 text-xl">{t("oidcHeading")}</h2>
          <Button variant="secondary" onClick={() => signIn("oidc", { callbackUrl })}>
            {t("oidcButton", { provider: oidcName })}
          </Button>
        </div>
      ) : null}
    </>
  );
}
