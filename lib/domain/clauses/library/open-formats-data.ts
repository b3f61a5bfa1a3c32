import { defineClause } from "./define-clause";
import {
  ANY_TENDER,
  COMPLY_OR_EXPLAIN,
  EIF,
  OPEN_DATA_DIRECTIVE,
  STANDARD_FOR_PUBLIC_CODE,
  directive,
} from "./sources";

export const openFormatsData = defineClause({
  key: "open-formats-data",
  version: 1,
  category: "OPEN_STANDARDS",
  topics: ["OPEN_STANDARDS", "EXIT_AND_PORTABILITY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [
    {
      name: "dataFormats",
      kind: "STANDARDS",
      required: true,
      areas: ["DATA", "METADATA", "GEOSPATIAL"],
      minItems: 1,
      default: ["CSV-RFC4180", "JSON-RFC8259", "DCAT-AP-3"],
    },
  ],
  legalBasis: [directive("Art. 42(3) (reference to standards)"), OPEN_DATA_DIRECTIVE],
  sources: [EIF, COMPLY_OR_EXPLAIN, STANDARD_FOR_PUBLIC_CODE],
  content: {
    en: {
      title: "Open formats for data",
      body: `1. The solution imports and exports its data in {{dataFormats}}, or in equivalent open standards, in a documented structure that includes the relationships between records and their metadata.
2. Every export is complete (all data the Contracting Authority has entered or caused the solution to produce, including history and attachments), machine-readable and accompanied by a description of its structure.
3. Data sets the Contracting Authority decides to publish are described with standard metadata, so that they can be listed in open data portals.
4. Exports are available to the Contracting Authority at any time, through the user interface and through an interface for automated use, at no extra charge.`,
      guidance: {
        why: "Data is usually the asset that outlives the software. If it can only be read by the product that produced it, changing product becomes a migration project with an uncertain outcome. Open, documented formats keep the authority in control of its own data and ready to publish it.",
        whenToUse:
          "Whenever the solution stores data the authority will need later, which is nearly always. For the exit itself, add the exit plan and data portability clause.",
        pitfalls:
          "A database dump in a vendor's proprietary format is not an open export. CSV without a described structure loses relationships and meaning. Make sure the export includes attachments and history, not only current records.",
      },
      parameters: {
        dataFormats: {
          label: "Data formats",
          hint: "Choose the open standards for data exchange and for describing data sets.",
        },
      },
    },
    fr: {
      title: "Formats ouverts pour les données",
      body: `1. La solution importe et exporte ses données aux formats {{dataFormats}}, ou selon des normes ouvertes équivalentes, dans une structure documentée qui inclut les relations entre les enregistrements et leurs métadonnées.
2. Chaque export est complet (toutes les données que l'acheteur a saisies ou fait produire par la solution, historique et pièces jointes compris), lisible par machine et accompagné d'une description de sa structure.
3. Les jeux de données que l'acheteur décide de publier sont décrits par des métadonnées normalisées, afin de pouvoir être référencés dans les portails de données ouvertes.
4. Les exports sont à la disposition de l'acheteur à tout moment, par l'interface utilisateur et par une interface d'accès automatisé, sans frais supplémentaires.`,
      guidance: {
        why: "Les données sont en général le patrimoine qui survit au logiciel. Si seul le produit qui les a créées peut les lire, changer de produit devient un projet de migration à l'issue incertaine. Des formats ouverts et documentés laissent l'acheteur maître de ses données et prêt à les publier.",
        whenToUse:
          "Dès que la solution conserve des données dont l'acheteur aura besoin plus tard, c'est-à-dire presque toujours. Pour la sortie elle-même, ajoutez la clause sur le plan de réversibilité et la portabilité des données.",
        pitfalls:
          "Un export de base de données au format propriétaire d'un éditeur n'est pas un export ouvert. Un CSV sans structure décrite perd les relations et le sens. Vérifiez que l'export comprend les pièces jointes et l'historique, pas seulement les enregistrements courants.",
      },
      parameters: {
        dataFormats: {
          label: "Formats de données",
          hint: "Choisissez les normes ouvertes pour l'échange de données et la description des jeux de données.",
        },
      },
    },
    de: {
      title: "Offene Formate für Daten",
      body: `1. Die Lösung importiert und exportiert ihre Daten in den Formaten {{dataFormats}} oder nach gleichwertigen offenen Standards, in einer dokumentierten Struktur, die die Beziehungen zwischen Datensätzen und ihre Metadaten einschließt.
2. Jeder Export ist vollständig (alle Daten, die der Auftraggeber eingegeben oder durch die Lösung erzeugt hat, einschließlich Historie und Anhängen), maschinenlesbar und mit einer Beschreibung seiner Struktur versehen.
3. Datensätze, die der Auftraggeber veröffentlichen will, werden mit standardisierten Metadaten beschrieben, damit sie in Open-Data-Portalen verzeichnet werden können.
4. Exporte stehen dem Auftraggeber jederzeit über die Benutzeroberfläche und über eine Schnittstelle zur automatisierten Nutzung ohne Zusatzkosten zur Verfügung.`,
      guidance: {
        why: "Daten überdauern meist die Software. Kann sie nur das Produkt lesen, das sie erzeugt hat, wird jeder Produktwechsel zu einem Migrationsprojekt mit ungewissem Ausgang. Offene, dokumentierte Formate halten den Auftraggeber Herr über seine Daten und bereit, sie zu veröffentlichen.",
        whenToUse:
          "Immer wenn die Lösung Daten speichert, die der Auftraggeber später braucht, also fast immer. Für den Ausstieg selbst ergänzen Sie die Klausel zu Ausstiegsplan und Datenportabilität.",
        pitfalls:
          "Ein Datenbankabzug im proprietären Format eines Herstellers ist kein offener Export. CSV ohne beschriebene Struktur verliert Beziehungen und Bedeutung. Achten Sie darauf, dass der Export Anhänge und Historie enthält, nicht nur aktuelle Datensätze.",
      },
      parameters: {
        dataFormats: {
          label: "Datenformate",
          hint: "Wählen Sie die offenen Standards für den Datenaustausch und die Beschreibung von Datensätzen.",
        },
      },
    },
  },
});
