import { defineClause } from "./define-clause";
import {
  AGAINST_LOCK_IN,
  ANY_TENDER,
  COMPLY_OR_EXPLAIN,
  EGOVG_16A,
  EIF,
  STANDARDS_BASED_ICT_GUIDE,
  directive,
} from "./sources";

export const openFormatsDocuments = defineClause({
  key: "open-formats-documents",
  version: 1,
  category: "OPEN_STANDARDS",
  topics: ["OPEN_STANDARDS"],
  status: "MANDATORY",
  applicability: ANY_TENDER,
  parameters: [
    {
      name: "documentFormats",
      kind: "STANDARDS",
      required: true,
      areas: ["DOCUMENTS"],
      minItems: 1,
      default: ["ODF-1.3", "PDF-A-2"],
    },
  ],
  legalBasis: [
    directive("Art. 42(3) (technical specifications by reference to standards)"),
    directive("Art. 42(4) (no reference to a specific make or trade mark)"),
  ],
  sources: [EIF, AGAINST_LOCK_IN, STANDARDS_BASED_ICT_GUIDE, COMPLY_OR_EXPLAIN, EGOVG_16A],
  content: {
    en: {
      title: "Open formats for documents",
      body: `1. The solution reads and writes documents in {{documentFormats}}, or in equivalent open standards, without loss of content or structure. Editable documents are exchanged in an editable open format; documents for archiving or publication in an archival format.
2. Every document the Contractor delivers under the contract (reports, specifications, documentation, training material) is delivered in these formats. Additional copies in other formats may be supplied, but never instead.
3. No user or recipient needs software from a particular vendor, or a paid licence, to open, edit or print a document produced by the solution.
4. Where the solution also supports other, non-open formats, the open format is the default and the solution can export every document in it.`,
      guidance: {
        why: "A document format controlled by one vendor makes every reader and every future supplier depend on that vendor's software. Open document standards let citizens, other administrations and future systems read the authority's documents for decades, whatever product they use.",
        whenToUse:
          "Whenever the solution produces, stores or exchanges documents, and for the documents the Contractor delivers. The openness check expects this topic in every software tender.",
        pitfalls:
          "Naming a vendor's format ('.docx', '.xlsx') as the only accepted format breaks Art. 42(4) and locks in the next procurement too. 'Compatible with' a product is not a standard. PDF alone is not editable; pair it with ODF for documents that will change.",
      },
      parameters: {
        documentFormats: {
          label: "Document formats",
          hint: "Choose the open standards for editable and for archived documents.",
        },
      },
    },
    fr: {
      title: "Formats ouverts pour les documents",
      body: `1. La solution lit et écrit les documents aux formats {{documentFormats}}, ou selon des normes ouvertes équivalentes, sans perte de contenu ni de structure. Les documents modifiables sont échangés dans un format ouvert modifiable ; les documents destinés à l'archivage ou à la publication dans un format d'archivage.
2. Tous les documents que le titulaire remet au titre du marché (rapports, spécifications, documentation, supports de formation) sont remis dans ces formats. Des copies supplémentaires dans d'autres formats peuvent être fournies, mais jamais à leur place.
3. Aucun utilisateur ni destinataire n'a besoin du logiciel d'un éditeur particulier, ni d'une licence payante, pour ouvrir, modifier ou imprimer un document produit par la solution.
4. Lorsque la solution prend aussi en charge d'autres formats non ouverts, le format ouvert est le format par défaut et la solution peut exporter chaque document dans ce format.`,
      guidance: {
        why: "Un format de document contrôlé par un seul éditeur rend chaque lecteur et chaque futur prestataire dépendants du logiciel de cet éditeur. Les normes ouvertes de documents permettent aux citoyens, aux autres administrations et aux systèmes futurs de lire les documents de l'acheteur pendant des décennies, quel que soit le produit utilisé.",
        whenToUse:
          "Dès que la solution produit, stocke ou échange des documents, ainsi que pour les documents remis par le titulaire. Le contrôle d'ouverture attend ce thème dans tout marché de logiciels.",
        pitfalls:
          "Désigner le format d'un éditeur (« .docx », « .xlsx ») comme seul format accepté enfreint l'article 42, paragraphe 4, et verrouille aussi le marché suivant. « Compatible avec » un produit n'est pas une norme. Le PDF seul n'est pas modifiable : associez-le à l'ODF pour les documents appelés à évoluer.",
      },
      parameters: {
        documentFormats: {
          label: "Formats de documents",
          hint: "Choisissez les normes ouvertes pour les documents modifiables et pour les documents archivés.",
        },
      },
    },
    de: {
      title: "Offene Formate für Dokumente",
      body: `1. Die Lösung liest und schreibt Dokumente in den Formaten {{documentFormats}} oder nach gleichwertigen offenen Standards, ohne Verlust von Inhalt oder Struktur. Bearbeitbare Dokumente werden in einem bearbeitbaren offenen Format ausgetauscht, Dokumente zur Archivierung oder Veröffentlichung in einem Archivformat.
2. Alle Dokumente, die der Auftragnehmer im Rahmen des Vertrags liefert (Berichte, Spezifikationen, Dokumentation, Schulungsunterlagen), werden in diesen Formaten geliefert. Zusätzliche Kopien in anderen Formaten sind zulässig, ersetzen sie aber nie.
3. Niemand, der ein von der Lösung erzeugtes Dokument öffnet, bearbeitet oder druckt, benötigt dafür Software eines bestimmten Herstellers oder eine kostenpflichtige Lizenz.
4. Unterstützt die Lösung zusätzlich andere, nicht offene Formate, ist das offene Format voreingestellt und jedes Dokument lässt sich darin exportieren.`,
      guidance: {
        why: "Ein von einem Hersteller kontrolliertes Dokumentformat macht alle Lesenden und jeden künftigen Dienstleister von dessen Software abhängig. Offene Dokumentstandards erlauben Bürgerinnen und Bürgern, anderen Verwaltungen und künftigen Systemen, die Dokumente des Auftraggebers über Jahrzehnte zu lesen, unabhängig vom eingesetzten Produkt.",
        whenToUse:
          "Immer wenn die Lösung Dokumente erzeugt, speichert oder austauscht, sowie für die vom Auftragnehmer gelieferten Dokumente. Die Offenheitsprüfung erwartet dieses Thema in jeder Softwareausschreibung.",
        pitfalls:
          "Das Format eines Herstellers („.docx“, „.xlsx“) als einzig zulässiges Format zu nennen, verstößt gegen Art. 42 Abs. 4 und bindet auch die nächste Beschaffung. „Kompatibel mit“ einem Produkt ist kein Standard. PDF allein ist nicht bearbeitbar; kombinieren Sie es für veränderliche Dokumente mit ODF.",
      },
      parameters: {
        documentFormats: {
          label: "Dokumentformate",
          hint: "Wählen Sie die offenen Standards für bearbeitbare und für archivierte Dokumente.",
        },
      },
    },
  },
});
