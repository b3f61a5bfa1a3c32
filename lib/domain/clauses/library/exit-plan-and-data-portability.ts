import { defineClause } from "./define-clause";
import {
  ANY_TENDER,
  CLOUD_SOVEREIGNTY_FRAMEWORK,
  DIGG_CHECKLIST,
  OSOR_GUIDELINE,
  dataAct,
  directive,
  gdpr,
} from "./sources";

export const exitPlanAndDataPortability = defineClause({
  key: "exit-plan-and-data-portability",
  version: 1,
  category: "EXIT",
  topics: ["EXIT_AND_PORTABILITY"],
  status: "MANDATORY",
  applicability: ANY_TENDER,
  parameters: [
    { name: "exitPlanMonths", kind: "MONTHS", required: true, min: 1, max: 24, default: 6 },
    {
      name: "exportFormats",
      kind: "STANDARDS",
      required: true,
      areas: ["DATA", "METADATA", "DOCUMENTS", "GEOSPATIAL"],
      minItems: 1,
      default: ["CSV-RFC4180", "JSON-RFC8259"],
    },
    { name: "exportDays", kind: "DAYS", required: true, min: 1, max: 90, default: 30 },
  ],
  legalBasis: [
    directive("Art. 70 (conditions for performance)"),
    dataAct("Chapter VI (switching between data processing services), Art. 25"),
    gdpr("Art. 28(3)(g) (return or deletion of personal data at the end of processing)"),
  ],
  sources: [OSOR_GUIDELINE, DIGG_CHECKLIST, CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Exit plan and data portability",
      body: `1. No later than {{exitPlanMonths}} after the contract starts, the Contractor delivers an exit plan for the Contracting Authority's approval. The plan describes how operation of the solution can be handed over to the Contracting Authority or to another provider: the data and metadata to be exported and their formats, the steps and their order, the roles of each party, the time needed, the risks and how they are controlled. The Contractor updates the plan each year and whenever the solution changes significantly.
2. At any time during the contract, and at its end whatever the reason, the Contractor exports all the Contracting Authority's data within {{exportDays}} of a request, complete and in {{exportFormats}}, together with a description of their structure, so that they can be loaded into another system.
3. The Contractor keeps the Contracting Authority's data available until the Contracting Authority has confirmed that the export is complete and usable. It then deletes all copies, including backups, and confirms the deletion in writing.
4. Export, the exit plan and its updates are included in the contract price.`,
      guidance: {
        why: "Leaving a supplier is hardest when it was never planned. An exit plan written while relations are good, and an export that can be tested at any time, turn the end of a contract into a routine step rather than a crisis, and make the cost of leaving visible when bids are compared.",
        whenToUse:
          "In every contract where the supplier holds, hosts or processes the authority's data or runs the software. The openness check expects this topic in every software tender.",
        pitfalls:
          "An exit plan that is never tested is a hope, not a plan: ask for a trial export during the contract. Make sure metadata, attachments, audit logs and user accounts are part of the export. Do not let exit services be priced only when needed; ask for them in the tender.",
      },
      parameters: {
        exitPlanMonths: {
          label: "Time to deliver the exit plan",
          hint: "Months after the contract starts.",
        },
        exportFormats: { label: "Export formats", hint: "Open formats the data must be exported in." },
        exportDays: { label: "Time to deliver an export", hint: "Calendar days after the authority asks for it." },
      },
    },
    fr: {
      title: "Plan de réversibilité et portabilité des données",
      body: `1. Au plus tard {{exitPlanMonths}} après le début du marché, le titulaire remet un plan de réversibilité à l'approbation de l'acheteur. Le plan décrit comment l'exploitation de la solution peut être reprise par l'acheteur ou par un autre prestataire : données et métadonnées à exporter et leurs formats, étapes et leur ordre, rôle de chaque partie, délais, risques et manière de les maîtriser. Le titulaire met le plan à jour chaque année et à chaque évolution importante de la solution.
2. À tout moment pendant le marché, et à son terme quelle qu'en soit la cause, le titulaire exporte toutes les données de l'acheteur dans un délai de {{exportDays}} à compter de la demande, de manière complète et aux formats {{exportFormats}}, avec une description de leur structure, de sorte qu'elles puissent être chargées dans un autre système.
3. Le titulaire conserve les données de l'acheteur jusqu'à ce que celui-ci ait confirmé que l'export est complet et exploitable. Il supprime ensuite toutes les copies, sauvegardes comprises, et confirme la suppression par écrit.
4. L'export, le plan de réversibilité et ses mises à jour sont compris dans le prix du marché.`,
      guidance: {
        why: "Quitter un prestataire est le plus difficile quand rien n'a été prévu. Un plan de réversibilité rédigé tant que les relations sont bonnes, et un export que l'on peut tester à tout moment, font de la fin du marché une étape ordinaire plutôt qu'une crise, et rendent le coût de sortie visible lors de la comparaison des offres.",
        whenToUse:
          "Dans tout marché où le prestataire détient, héberge ou traite les données de l'acheteur ou exploite le logiciel. Le contrôle d'ouverture attend ce thème dans tout marché de logiciels.",
        pitfalls:
          "Un plan de réversibilité jamais testé est un vœu, pas un plan : demandez un export d'essai en cours de marché. Vérifiez que les métadonnées, les pièces jointes, les journaux d'audit et les comptes utilisateurs font partie de l'export. Ne laissez pas les prestations de sortie être chiffrées seulement le moment venu ; demandez-les dans l'offre.",
      },
      parameters: {
        exitPlanMonths: { label: "Délai de remise du plan de réversibilité", hint: "Mois après le début du marché." },
        exportFormats: {
          label: "Formats d'export",
          hint: "Formats ouverts dans lesquels les données doivent être exportées.",
        },
        exportDays: { label: "Délai de remise d'un export", hint: "Jours calendaires après la demande de l'acheteur." },
      },
    },
    de: {
      title: "Ausstiegsplan und Datenportabilität",
      body: `1. Spätestens {{exitPlanMonths}} nach Vertragsbeginn legt der Auftragnehmer dem Auftraggeber einen Ausstiegsplan zur Genehmigung vor. Der Plan beschreibt, wie der Betrieb der Lösung an den Auftraggeber oder einen anderen Anbieter übergeben werden kann: die zu exportierenden Daten und Metadaten und ihre Formate, die Schritte und ihre Reihenfolge, die Rollen der Parteien, den Zeitbedarf, die Risiken und ihre Beherrschung. Der Auftragnehmer aktualisiert den Plan jährlich und bei jeder wesentlichen Änderung der Lösung.
2. Jederzeit während der Vertragslaufzeit und an ihrem Ende, gleich aus welchem Grund, exportiert der Auftragnehmer spätestens {{exportDays}} nach Anforderung alle Daten des Auftraggebers vollständig in den Formaten {{exportFormats}}, zusammen mit einer Beschreibung ihrer Struktur, sodass sie in ein anderes System geladen werden können.
3. Der Auftragnehmer hält die Daten des Auftraggebers vor, bis dieser bestätigt hat, dass der Export vollständig und verwendbar ist. Danach löscht er alle Kopien einschließlich der Sicherungen und bestätigt die Löschung schriftlich.
4. Export, Ausstiegsplan und dessen Aktualisierungen sind im Vertragspreis enthalten.`,
      guidance: {
        why: "Am schwersten ist der Wechsel, wenn er nie geplant wurde. Ein Ausstiegsplan, geschrieben solange die Zusammenarbeit gut läuft, und ein jederzeit testbarer Export machen das Vertragsende zu einem gewöhnlichen Schritt statt zu einer Krise und machen die Kosten des Ausstiegs beim Vergleich der Angebote sichtbar.",
        whenToUse:
          "In jedem Vertrag, in dem der Dienstleister Daten des Auftraggebers hält, hostet oder verarbeitet oder die Software betreibt. Die Offenheitsprüfung erwartet dieses Thema in jeder Softwareausschreibung.",
        pitfalls:
          "Ein nie getesteter Ausstiegsplan ist eine Hoffnung, kein Plan: Verlangen Sie während der Laufzeit einen Probeexport. Achten Sie darauf, dass Metadaten, Anhänge, Protokolle und Benutzerkonten zum Export gehören. Lassen Sie Ausstiegsleistungen nicht erst im Bedarfsfall bepreisen, sondern fragen Sie sie im Angebot ab.",
      },
      parameters: {
        exitPlanMonths: { label: "Frist für den Ausstiegsplan", hint: "Monate nach Vertragsbeginn." },
        exportFormats: { label: "Exportformate", hint: "Offene Formate, in denen die Daten exportiert werden müssen." },
        exportDays: { label: "Frist für einen Export", hint: "Kalendertage nach Anforderung durch den Auftraggeber." },
      },
    },
  },
});
