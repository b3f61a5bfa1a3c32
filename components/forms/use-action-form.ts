"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import type { SummaryError } from "./error-summary";
import { fieldId } from "./field-messages";
import { useMessage } from "./use-message";

type Options<Schema extends z.ZodType<FieldValues, FieldValues>, Result> = {
  schema: Schema;
  action: (input: z.input<Schema>) => Promise<ActionResult<Result>>;
  defaultValues: DefaultValues<z.input<Schema>>;
  onSuccess?: (result: Result) => void;
  /** Sees every failed result first, e.g. to offer a way out of an edit conflict. */
  onFailure?: (result: Extract<ActionResult<Result>, { ok: false }>) => void;
};

/**
 * react-hook-form wired to a server action: validates on submit with the same zod schema the
 * server uses, maps the server's field errors back onto the fields, and lists every error for
 * the error summary.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, Result>({
  schema,
  action,
  defaultValues,
  onSuccess,
  onFailure,
}: Options<Schema, Result>) {
  type Values = z.input<Schema>;
  const message = useMessage();
  const [formError, setFormError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [isPending, startTransition] = useTransition();
  const form = useForm<Values>({
    // raw: the action receives what was typed and parses it with the same schema; sending the
    // resolver's output would parse transformed values (cents, not "1,800,000") a second time.
    resolver: zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });

  const onSubmit = form.handleSubmit(
    (values) => {
      setFormError(undefined);
      startTransition(async () => {
        const result = await action(values);
        if (result.ok) {
          onSuccess?.(result.data);
          return;
        }
        onFailure?.(result);
        for (const [path, messages] of Object.entries(result.fieldErrors)) {
          if (path === "_form") continue;
          form.setError(path as Path<Values>, { type: "server", message: messages[0] });
        }
        const formLevel = result.fieldErrors._form?.[0];
        setFormError(formLevel ?? (Object.keys(result.fieldErrors).length === 0 ? result.formError : undefined));
        setAttempt((n) => n + 1);
      });
    },
    () => {
      setFormError(undefined);
      setAttempt((n) => n + 1);
    },
  );

  const fieldError = (name: string): string | undefined => {
    const error = name
      .split(".")
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form.formState.errors) as
      { message?: string; root?: { message?: string } } | undefined;
    // A list's own error (weights that do not add up) is kept under "root" by the zod resolver.
    const ref = error?.message ?? error?.root?.message;
    return ref ? message(ref) : undefined;
  };

  /** What every field component takes from the form: its name, its error, and its registration. */
  const field = (name: Path<Values>) => ({ name, error: fieldError(name), registration: form.register(name) });

  const summaryErrors: SummaryError[] = [
    ...(formError ? [{ fieldId: null, message: message(formError) }] : []),
    ...collectErrors(form.formState.errors).map(([path, ref]) => ({ fieldId: fieldId(path), message: message(ref) })),
  ];

  return { form, onSubmit, isPending, fieldError, field, summaryErrors, attempt };
}

function collectErrors(errors: unknown, prefix = ""): [string, string][] {
  if (!errors || typeof errors !== "object") return [];
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    if (key === "ref") continue;
    const messageRef = (value as { message?: unknown })?.message;
    // A list's own error sits under "root" and belongs to the list's path; the form's root is not a field.
    if (key === "root") {
      if (prefix && typeof messageRef === "string") entries.push([prefix, messageRef]);
      continue;
    }
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof messageRef === "string") entries.push([path, messageRef]);
    // A list with an error of its own (set by the server) may hold its items' errors too.
    if (typeof value === "object") entries.push(...collectErrors(value, path));
  }
  return entries;
}
