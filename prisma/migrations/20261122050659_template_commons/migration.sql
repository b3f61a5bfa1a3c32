-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'DEPRECATED');

-- AlterTable
ALTER TABLE "Tender" ADD COLUMN     "templateSections" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "templateVersionId" TEXT;

-- CreateTable
CREATE TABLE "TenderTemplate" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "translationOfId" TEXT,
    "status" "TemplateStatus" NOT NULL DEFAULT 'DRAFT',
    "successorId" TEXT,
    "deprecationNote" TEXT NOT NULL DEFAULT '',
    "deprecatedAt" TIMESTAMP(3),
    "origin" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenderTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "content" JSONB NOT NULL,
    "changelog" TEXT NOT NULL DEFAULT '',
    "category" TEXT NOT NULL,
    "contractNature" "ContractNature",
    "cpvPrefixes" TEXT[],
    "procedureTypes" "ProcedureType"[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector,
    "licence" TEXT NOT NULL DEFAULT 'CC-BY-4.0',
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TenderTemplate_slug_key" ON "TenderTemplate"("slug");

-- CreateIndex
CREATE INDEX "TenderTemplate_status_updatedAt_idx" ON "TenderTemplate"("status", "updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "TenderTemplate_organisationId_name_key" ON "TenderTemplate"("organisationId", "name");

-- CreateIndex
CREATE INDEX "TemplateVersion_publishedAt_idx" ON "TemplateVersion"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "TemplateVersion_cpvPrefixes_idx" ON "TemplateVersion" USING GIN ("cpvPrefixes");

-- CreateIndex
CREATE INDEX "TemplateVersion_searchVector_idx" ON "TemplateVersion" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "TemplateVersion_templateId_number_key" ON "TemplateVersion"("templateId", "number");

-- CreateIndex
CREATE INDEX "Tender_templateVersionId_idx" ON "Tender"("templateVersionId");

-- AddForeignKey
ALTER TABLE "Tender" ADD CONSTRAINT "Tender_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "TemplateVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderTemplate" ADD CONSTRAINT "TenderTemplate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderTemplate" ADD CONSTRAINT "TenderTemplate_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "TenderTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderTemplate" ADD CONSTRAINT "TenderTemplate_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "TenderTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateVersion" ADD CONSTRAINT "TemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TenderTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one draft (unpublished version) per template.
CREATE UNIQUE INDEX "TemplateVersion_one_draft_idx" ON "TemplateVersion"("templateId") WHERE "publishedAt" IS NULL;

-- Published versions never change: any route, action or script that tries gets an error.
CREATE FUNCTION "TemplateVersion_published_is_immutable"() RETURNS trigger AS $$
BEGIN
  IF OLD."publishedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'TemplateVersion % is published and cannot be changed', OLD."id"
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TemplateVersion_published_immutable"
  BEFORE UPDATE OR DELETE ON "TemplateVersion"
  FOR EACH ROW EXECUTE FUNCTION "TemplateVersion_published_is_immutable"();

-- The full-text vector in the three catalogue languages, name weighted above the rest.
CREATE FUNCTION "TemplateVersion_search_vector"() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."name", '')), 'A') ||
    setweight(to_tsvector('french', coalesce(NEW."name", '')), 'A') ||
    setweight(to_tsvector('german', coalesce(NEW."name", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."summary", '') || ' ' || coalesce(NEW."searchText", '')), 'B') ||
    setweight(to_tsvector('french', coalesce(NEW."summary", '') || ' ' || coalesce(NEW."searchText", '')), 'B') ||
    setweight(to_tsvector('german', coalesce(NEW."summary", '') || ' ' || coalesce(NEW."searchText", '')), 'B');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TemplateVersion_search_vector"
  BEFORE INSERT OR UPDATE ON "TemplateVersion"
  FOR EACH ROW EXECUTE FUNCTION "TemplateVersion_search_vector"();
