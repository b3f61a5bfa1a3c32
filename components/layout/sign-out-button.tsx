"use client";
import { signOut } from "next-auth/react";
import { useHydrated } from "@/components/forms/use-hydrated";

export function SignOutButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => signOut({ callbackUrl: "/" })}
      className="min-h-11 rounded border-2 border-white px-3 py-1 text-sm font-semibold text-white hover:bg-white hover:text-brand"
    >
      {label}
    </button>
  );
}
