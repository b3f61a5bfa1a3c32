"use client";
import type { ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

/**
 * Wraps a form's fields and buttons, disabled until React has hydrated: input typed or ticked
 * before then would be silently reset by hydration, and a click would submit natively.
 */
export function FormFields({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated} className="m-0 min-w-0 border-0 p-0">
      {children}
    </fieldset>
  );
}
