import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requireViewer } from "@/lib/server/auth/viewer";
import { NewClauseForm } from "./new-clause-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clauses.create");
  return { title: t("title") };
}

/** OSPO and ADMIN only: a new clause of the library, saved as its version 1. */
export default async function NewClausePage() {
  await requireViewer("clause.manage");
  const t = await getTranslations("clauses.create");
  return (
    <div className="max-w-3xl">
      <Link href="/clauses" className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading title={t("title")} lead={t("lead")} />
      <NewClauseForm />
    </div>
  );
}
