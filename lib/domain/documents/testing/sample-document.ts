import type { DocumentModel } from "../document-model";

/**
 * A hand-built model with every block kind, for the renderers' tests: French and German letters,
 * characters that must be escaped, markup that must stay text, a link, and a table long enough to
 * run over a page.
 */
export function sampleDocument(createdAt = "2026-03-02T09:30:00.000Z"): DocumentModel {
  return {
    meta: {
      title: "Cahier des charges — Gestion des dossiers",
      language: "fr",
      author: "Ville de Liège",
      subject: "Appel d'offres TC-2026-014",
      keywords: ["logiciel libre", "marché public"],
      createdAt,
    },
    labels: { pageNumber: "Page {page} sur {pages}" },
    cover: {
      overline: "Ville de Liège",
      title: "Cahier des charges — Gestion des dossiers",
      subtitle: "Procédure ouverte",
      facts: [
        { label: "Référence", value: "TC-2026-014" },
        { label: "Date limite", value: "20 novembre 2026" },
      ],
    },
    blocks: [
      { kind: "contents", title: "Table des matières" },
      { kind: "heading", level: 1, number: "1", text: "Objet du marché", anchor: "object" },
      {
        kind: "paragraph",
        content: [
          "Le pouvoir adjudicateur <b>achète</b> un logiciel & ses services « clé en main » ; ",
          { text: "Größe", bold: true },
          " et ",
          { text: "Straße", italic: true },
          ", licence ",
          { text: "EUPL-1.2", code: true },
          ", voir ",
          { text: "le journal officiel", link: "https://eur-lex.europa.eu/eli/dir/2014/24/oj" },
          ".",
        ],
      },
      { kind: "heading", level: 2, number: "1.1", text: "Lots", anchor: "lots" },
      {
        kind: "list",
        ordered: true,
        items: [["Lot 1 : hébergement"], ["Lot 2 : ", { text: "maintenance", bold: true }]],
      },
      { kind: "list", ordered: false, items: [["Données en Europe"], ["Code source publié"]] },
      { kind: "heading", level: 3, number: "1.1.1", text: "Détail des coûts" },
      {
        kind: "table",
        caption: "Coûts par année",
        columns: [
          { header: "Catégorie", widthPercent: 60 },
          { header: "Montant (EUR)", align: "right" },
        ],
        rows: Array.from({ length: 45 }, (_, index) => [[`Ligne ${index + 1} <td>`], [`${(index + 1) * 1000},00`]]),
      },
      { kind: "heading", level: 4, number: "1.1.1.1", text: "Remarque finale" },
      { kind: "paragraph", style: "note", content: ["Source : directive 2014/24/UE, art. 68."] },
      { kind: "pageBreak" },
      { kind: "heading", level: 1, number: "2", text: "Critères d'attribution", anchor: "criteria" },
      { kind: "paragraph", style: "guidance", content: ["Conseil : pondérez le prix à 30 % au plus."] },
      { kind: "paragraph", style: "placeholder", content: ["[Nom du service acheteur]"] },
      {
        kind: "facts",
        items: [
          { label: "Taux d'actualisation", value: ["3 %"] },
          { label: "Horizon", value: [{ text: "5 ans", bold: true }] },
        ],
      },
    ],
  };
}

/** Every heading of the sample as renderers write it, in order. */
export const SAMPLE_HEADINGS = [
  "1 Objet du marché",
  "1.1 Lots",
  "1.1.1 Détail des coûts",
  "1.1.1.1 Remarque finale",
  "2 Critères d'attribution",
];
