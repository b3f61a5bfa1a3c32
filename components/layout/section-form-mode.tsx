"use client";
import { createContext, useContext, type ReactNode } from "react";

/**
 * How a task page's form saves, decided by the page frame (TenderSectionPage) from the tender's
 * status, so the section forms themselves need not know:
 * - `draft`: saves replace the section, and the form saves in the background as the drafter types;
 * - `corrigendum`: the tender is published; a save issues a corrigendum and needs a reason.
 */
export type SectionFormMode =
  | { kind: "draft" }
  | {
      kind: "corrigendum";
      /** Set when the next deadline is close and this section is not the timeline (Art. 47(3)). */
      extendDeadline: { deadline: string; days: number; minimumDays: number } | null;
    };

const SectionFormModeContext = createContext<SectionFormMode>({ kind: "draft" });

export function SectionFormModeProvider({ mode, children }: { mode: SectionFormMode; children: ReactNode }) {
  return <SectionFormModeContext value={mode}>{children}</SectionFormModeContext>;
}

export function useSectionFormMode(): SectionFormMode {
  return useContext(SectionFormModeContext);
}
