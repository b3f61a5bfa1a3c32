import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { getTenderTemplateLink } from "@/lib/server/templates/reuse/tender-template-link";

/** The tender's template link, read once per request: the layout and the page both need it. */
export const loadTenderTemplateLink = cache((viewer: Viewer, tenderId: string) =>
  getTenderTemplateLink(getDb(), viewer, tenderId),
);
