import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getLibraryClause } from "@/lib/server/clauses/get-library-clause";
import { getDb } from "@/lib/server/db";
import { ClauseVersionForm } from "./clause-version-form";

type Props = { params: Promise<{ key: string }> };

async function load(key: string) {
  await requireViewer("clause.manage");
  const entry = await getLibraryClause(getDb(), key);
  if (!entry) notFound();
  return entry;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await load((await params).key);
  const t = await getTranslations("clauses.edit");
  return { title: t("title", { title: entry.clause.content.en.title }) };
}

/** OSPO and ADMIN only: saving writes the clause's next version. */
export default async function EditClausePage({ params }: Props) {
  const entry = await load((await params).key);
  const t = await getTranslations("clauses.edit");
  return (
    <div className="max-w-3xl">
      <Link href={`/clauses/${entry.key}`} className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading
        title={t("title", { title: entry.clause.content.en.title })}
        caption={entry.key}
        lead={t("lead", { version: entry.clause.version + 1 })}
      />
      <ClauseVersionForm clause={entry.clause} lockVersion={entry.lockVersion} />
    </div>
  );
}
