import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { requireViewer, type Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { getTemplate, type TemplateDto } from "./template-dto";

/** For the builder's pages: an OSPO or administrator, and their organisation's template, or the 404 page. */
export async function requireTemplate(templateId: string): Promise<{ viewer: Viewer; template: TemplateDto }> {
  const viewer = await requireViewer("template.manage");
  try {
    return { viewer, template: await getTemplate(getDb(), viewer, templateId) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
