import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import type { EvaluationContext } from "@/lib/server/evaluation/evaluation-context";

/** The frame of every evaluation page: back to the overview (or to the list), the tender, the title. */
export function EvaluationFrame({
  context,
  title,
  lead,
  back,
  children,
}: {
  context: EvaluationContext;
  title: string;
  lead?: ReactNode;
  back: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <div className="max-w-4xl">
      <Link href={back.href} className="mb-6 inline-block">
        {back.label}
      </Link>
      <PageHeading caption={`${context.tender.reference} · ${context.tender.title}`} title={title} lead={lead} />
      {children}
    </div>
  );
}
