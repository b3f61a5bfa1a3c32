import { defineClause } from "./define-clause";
import { ANY_TENDER, CLOUD_SOVEREIGNTY_FRAMEWORK, DIGG_CHECKLIST, OSOR_GUIDELINE, directive } from "./sources";

export const knowledgeTransfer = defineClause({
  key: "knowledge-transfer",
  version: 1,
  category: "EXIT",
  topics: ["KNOWLEDGE_TRANSFER"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [{ name: "sessions", kind: "INTEGER", required: true, min: 1, max: 50, default: 3 }],
  legalBasis: [directive("Art. 70 (conditions for performance)")],
  sources: [CLOUD_SOVEREIGNTY_FRAMEWORK, OSOR_GUIDELINE, DIGG_CHECKLIST],
  content: {
    en: {
      title: "Knowledge transfer",
      body: `1. Throughout the contract, the Contractor transfers to the Contracting Authority's staff, and to third parties it designates, the knowledge needed to operate, maintain and develop the solution independently.
2. The transfer includes at least {{sessions}} working sessions per year on the architecture, the code, operations and the handling of incidents, held by people who work on the solution, with their material handed over under the licence of the deliverables.
3. At the end of the contract, or on a change of provider, the Contractor holds additional handover sessions with the successor and answers its questions in writing, as part of the reversibility assistance.
4. The Contractor does not prevent its staff from sharing with the Contracting Authority knowledge that concerns the solution, and does not rely on undocumented knowledge of individual employees for critical tasks.`,
      guidance: {
        why: "Even with code and documentation, a system can remain unmanageable if the only people who understand it work for the supplier. Regular knowledge transfer builds the authority's own capacity, supports operational sovereignty and makes every later change of supplier cheaper.",
        whenToUse:
          "For solutions the authority intends to run or develop for several years. Adjust the number of sessions to the size of the team that must learn.",
        pitfalls:
          "A one-off training at the end of the contract is too late and too short. Ask for sessions by people who actually build the system, not by sales engineers. Record the sessions and keep the material with the documentation.",
      },
      parameters: {
        sessions: { label: "Working sessions per year", hint: "Minimum number of knowledge-transfer sessions." },
      },
    },
    fr: {
      title: "Transfert de connaissances",
      body: `1. Tout au long du marché, le titulaire transmet aux agents de l'acheteur, et aux tiers qu'il désigne, les connaissances nécessaires pour exploiter, maintenir et faire évoluer la solution de manière autonome.
2. Le transfert comprend au moins {{sessions}} séances de travail par an sur l'architecture, le code, l'exploitation et le traitement des incidents, animées par des personnes qui travaillent sur la solution ; leurs supports sont remis sous la licence des livrables.
3. À la fin du marché, ou en cas de changement de prestataire, le titulaire organise des séances de passation supplémentaires avec le successeur et répond par écrit à ses questions, dans le cadre de l'assistance à la réversibilité.
4. Le titulaire n'empêche pas ses équipes de partager avec l'acheteur les connaissances relatives à la solution et ne fait pas reposer de tâches critiques sur le savoir non documenté de quelques personnes.`,
      guidance: {
        why: "Même avec le code et la documentation, un système peut rester ingérable si les seules personnes qui le comprennent travaillent pour le prestataire. Un transfert régulier de connaissances développe les capacités propres de l'acheteur, renforce son autonomie opérationnelle et rend moins coûteux tout changement ultérieur de prestataire.",
        whenToUse:
          "Pour les solutions que l'acheteur compte exploiter ou faire évoluer pendant plusieurs années. Ajustez le nombre de séances à la taille de l'équipe à former.",
        pitfalls:
          "Une formation unique en fin de marché arrive trop tard et dure trop peu. Demandez des séances animées par ceux qui construisent réellement le système, pas par des avant-ventes. Enregistrez les séances et conservez les supports avec la documentation.",
      },
      parameters: {
        sessions: {
          label: "Séances de travail par an",
          hint: "Nombre minimal de séances de transfert de connaissances.",
        },
      },
    },
    de: {
      title: "Wissenstransfer",
      body: `1. Während der gesamten Vertragslaufzeit vermittelt der Auftragnehmer den Beschäftigten des Auftraggebers und von ihm benannten Dritten das Wissen, das nötig ist, um die Lösung eigenständig zu betreiben, zu pflegen und weiterzuentwickeln.
2. Der Transfer umfasst mindestens {{sessions}} Arbeitstermine pro Jahr zu Architektur, Code, Betrieb und Störungsbehandlung, durchgeführt von Personen, die an der Lösung arbeiten; ihre Unterlagen werden unter der Lizenz der Arbeitsergebnisse übergeben.
3. Zum Vertragsende oder bei einem Anbieterwechsel führt der Auftragnehmer im Rahmen der Unterstützung beim Ausstieg zusätzliche Übergabetermine mit dem Nachfolger durch und beantwortet dessen Fragen schriftlich.
4. Der Auftragnehmer hindert seine Beschäftigten nicht daran, lösungsbezogenes Wissen mit dem Auftraggeber zu teilen, und stützt kritische Aufgaben nicht auf undokumentiertes Wissen einzelner Personen.`,
      guidance: {
        why: "Selbst mit Code und Dokumentation kann ein System unbeherrschbar bleiben, wenn die einzigen, die es verstehen, beim Dienstleister arbeiten. Regelmäßiger Wissenstransfer baut eigene Fähigkeiten des Auftraggebers auf, stärkt die operative Souveränität und verbilligt jeden späteren Anbieterwechsel.",
        whenToUse:
          "Für Lösungen, die der Auftraggeber mehrere Jahre betreiben oder weiterentwickeln will. Passen Sie die Zahl der Termine an die Größe des zu schulenden Teams an.",
        pitfalls:
          "Eine einmalige Schulung zum Vertragsende kommt zu spät und ist zu kurz. Verlangen Sie Termine mit den Personen, die das System tatsächlich bauen, nicht mit dem Vertrieb. Zeichnen Sie die Termine auf und legen Sie die Unterlagen zur Dokumentation.",
      },
      parameters: {
        sessions: { label: "Arbeitstermine pro Jahr", hint: "Mindestzahl der Termine zum Wissenstransfer." },
      },
    },
  },
});
