"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * With JavaScript, the progress page asks the server for its content again every few seconds
 * without reloading: focus stays where it is and the status region announces the change. Without
 * JavaScript the page's <noscript> refresh does the same by reloading.
 */
export function RefreshWhilePreparing({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
