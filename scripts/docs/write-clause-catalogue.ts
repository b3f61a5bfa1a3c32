import { readFileSync, writeFileSync } from "node:fs";
import { CLAUSE_LIBRARY } from "@/lib/domain/clauses/library";
import { fromRoot } from "../project-root";
import { clauseCatalogueMarkdown, withCatalogue } from "./clause-catalogue";

// Rewrites the list of clauses in docs/clauses.md from the library.
const file = fromRoot("docs", "clauses.md");
writeFileSync(file, withCatalogue(readFileSync(file, "utf8"), clauseCatalogueMarkdown(CLAUSE_LIBRARY)));
console.log(`Wrote the list of ${CLAUSE_LIBRARY.length} clauses to docs/clauses.md.`);
