"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "./use-hydrated";

/**
 * A submit button that stays disabled until React has hydrated the form: before that, a click
 * would submit the form natively and bypass the validation and the server action.
 */
export function SubmitButton({ pending, variant, children }: { pending: boolean; variant?: "primary" | "warning"; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <Button type="submit" variant={variant} disabled={!hydrated || pending}>
      {children}
    </Button>
  );
}
