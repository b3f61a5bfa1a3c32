import { defineClause } from "./define-clause";
import { ANY_TENDER, DIGG_CHECKLIST, OSOR_GUIDELINE, directive } from "./sources";

export const maintenanceAndSupportLevels = defineClause({
  key: "maintenance-and-support-levels",
  version: 1,
  category: "SUPPORT",
  topics: ["MAINTENANCE_AND_SUPPORT"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [
    { name: "availability", kind: "PERCENT", required: true, min: 90, max: 100, default: 99.5 },
    { name: "criticalResponseHours", kind: "HOURS", required: true, min: 1, max: 72, default: 4 },
    { name: "supportMonths", kind: "MONTHS", required: true, min: 12, max: 120, default: 36 },
  ],
  legalBasis: [
    directive("Art. 67(2)(c) (after-sales service and technical assistance as award criteria)"),
    directive("Art. 70 (conditions for performance)"),
  ],
  sources: [DIGG_CHECKLIST, OSOR_GUIDELINE],
  content: {
    en: {
      title: "Maintenance and support levels",
      body: `1. The Contractor maintains the solution, corrects defects and keeps it working with supported versions of its components for {{supportMonths}} from acceptance, or for the term of the contract if longer.
2. Where the Contractor operates the solution, it is available at least {{availability}} of the time each month, measured outside announced maintenance windows agreed with the Contracting Authority.
3. Incidents are classified by their effect on the service. For an incident that stops the service or a critical function, the Contractor starts work within {{criticalResponseHours}}, at any time of day, and keeps the Contracting Authority informed until it is resolved. Response and resolution times for other classes are set out in the service level table of the tender.
4. The Contractor states which versions of the software it supports and for how long, and announces the end of support for a version at least twelve months in advance.
5. The Contractor reports each month on availability, incidents, response and resolution times and open defects. Missed service levels give rise to the service credits set out in the price schedule, without prejudice to other remedies.`,
      guidance: {
        why: "Open source software costs nothing to license but still needs skilled maintenance and support; that is what the authority actually buys. Measurable service levels let bids be compared on the service offered, not only on price, and give the authority remedies when service falls short.",
        whenToUse:
          "In contracts that include maintenance, support or operation. Set availability and response times according to how critical the service is, not at the highest level by default.",
        pitfalls:
          "Very high availability targets can multiply the price; ask what the service really needs. Define when the clock starts and stops. Service credits that are too small are cheaper for the supplier than meeting the level.",
      },
      parameters: {
        availability: { label: "Monthly availability", hint: "Percentage of the time, for example 99.5." },
        criticalResponseHours: { label: "Response time for a critical incident", hint: "Hours, around the clock." },
        supportMonths: { label: "Maintenance period", hint: "Months from acceptance." },
      },
    },
    fr: {
      title: "Niveaux de maintenance et d'assistance",
      body: `1. Le titulaire assure la maintenance de la solution, en corrige les anomalies et la maintient en fonctionnement avec des versions maintenues de ses composants pendant {{supportMonths}} à compter de la réception, ou pendant la durée du marché si elle est plus longue.
2. Lorsque le titulaire exploite la solution, celle-ci est disponible au moins {{availability}} du temps chaque mois, mesuré en dehors des fenêtres de maintenance annoncées et convenues avec l'acheteur.
3. Les incidents sont classés selon leur effet sur le service. Pour un incident qui interrompt le service ou une fonction critique, le titulaire intervient dans un délai de {{criticalResponseHours}}, à toute heure, et tient l'acheteur informé jusqu'à sa résolution. Les délais d'intervention et de résolution des autres classes figurent dans le tableau des niveaux de service de l'offre.
4. Le titulaire indique quelles versions du logiciel il maintient et pendant combien de temps, et annonce la fin de maintenance d'une version au moins douze mois à l'avance.
5. Le titulaire rend compte chaque mois de la disponibilité, des incidents, des délais d'intervention et de résolution et des anomalies ouvertes. Le non-respect des niveaux de service donne lieu aux pénalités prévues au bordereau de prix, sans préjudice des autres recours.`,
      guidance: {
        why: "Un logiciel libre ne coûte rien en licence mais exige une maintenance et une assistance compétentes ; c'est ce que l'acheteur achète réellement. Des niveaux de service mesurables permettent de comparer les offres sur le service proposé et pas seulement sur le prix, et donnent des recours à l'acheteur lorsque le service fait défaut.",
        whenToUse:
          "Dans les marchés comprenant maintenance, assistance ou exploitation. Fixez la disponibilité et les délais d'intervention selon la criticité du service, pas au niveau le plus élevé par défaut.",
        pitfalls:
          "Des objectifs de disponibilité très élevés peuvent multiplier le prix ; demandez-vous ce dont le service a vraiment besoin. Définissez quand le délai commence et s'arrête. Des pénalités trop faibles coûtent moins cher au prestataire que le respect du niveau de service.",
      },
      parameters: {
        availability: { label: "Disponibilité mensuelle", hint: "Pourcentage du temps, par exemple 99,5." },
        criticalResponseHours: {
          label: "Délai d'intervention pour un incident critique",
          hint: "Heures, jour et nuit.",
        },
        supportMonths: { label: "Durée de maintenance", hint: "Mois à compter de la réception." },
      },
    },
    de: {
      title: "Wartungs- und Supportleistungen",
      body: `1. Der Auftragnehmer pflegt die Lösung, behebt Mängel und hält sie mit unterstützten Versionen ihrer Komponenten lauffähig, und zwar für {{supportMonths}} ab Abnahme oder für die Vertragslaufzeit, wenn diese länger ist.
2. Betreibt der Auftragnehmer die Lösung, ist sie in jedem Monat mindestens {{availability}} der Zeit verfügbar, gemessen außerhalb angekündigter und mit dem Auftraggeber vereinbarter Wartungsfenster.
3. Störungen werden nach ihrer Auswirkung auf den Dienst eingestuft. Bei einer Störung, die den Dienst oder eine kritische Funktion unterbricht, beginnt der Auftragnehmer zu jeder Tageszeit spätestens {{criticalResponseHours}} nach der Meldung mit der Bearbeitung und hält den Auftraggeber bis zur Behebung auf dem Laufenden. Reaktions- und Behebungszeiten der übrigen Klassen ergeben sich aus der Service-Level-Tabelle des Angebots.
4. Der Auftragnehmer gibt an, welche Versionen der Software er wie lange unterstützt, und kündigt das Ende der Unterstützung einer Version mindestens zwölf Monate im Voraus an.
5. Der Auftragnehmer berichtet monatlich über Verfügbarkeit, Störungen, Reaktions- und Behebungszeiten sowie offene Mängel. Verfehlte Service-Levels führen zu den im Preisblatt festgelegten Gutschriften, unbeschadet anderer Rechte.`,
      guidance: {
        why: "Open-Source-Software kostet keine Lizenzgebühren, braucht aber fachkundige Pflege und Unterstützung; genau das kauft der Auftraggeber. Messbare Service-Levels erlauben, Angebote nach der gebotenen Leistung und nicht nur nach dem Preis zu vergleichen, und geben dem Auftraggeber Rechte, wenn die Leistung ausbleibt.",
        whenToUse:
          "In Verträgen mit Wartung, Support oder Betrieb. Legen Sie Verfügbarkeit und Reaktionszeiten nach der Bedeutung des Dienstes fest, nicht pauschal auf dem höchsten Niveau.",
        pitfalls:
          "Sehr hohe Verfügbarkeitsziele können den Preis vervielfachen; fragen Sie, was der Dienst wirklich braucht. Legen Sie fest, wann die Frist beginnt und endet. Zu geringe Gutschriften sind für den Dienstleister billiger als die Einhaltung des Levels.",
      },
      parameters: {
        availability: { label: "Monatliche Verfügbarkeit", hint: "Prozent der Zeit, zum Beispiel 99,5." },
        criticalResponseHours: {
          label: "Reaktionszeit bei einer kritischen Störung",
          hint: "Stunden, rund um die Uhr.",
        },
        supportMonths: { label: "Pflegezeitraum", hint: "Monate ab Abnahme." },
      },
    },
  },
});
