"use client";
import { useEffect, useRef } from "react";

/**
 * Moves focus to an element of the next render: after a criterion is moved or removed its
 * buttons and headings are rendered anew, so focus can only be placed once they exist.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const target = useRef<string | null>(null);
  useEffect(() => {
    if (target.current === null) return;
    const element = document.getElementById(target.current);
    target.current = null;
    element?.focus();
  });
  return (elementId) => {
    target.current = elementId;
  };
}
