import { defineClause } from "./define-clause";
import { ANY_TENDER, CLOUD_SOVEREIGNTY_FRAMEWORK, OSOR_GUIDELINE, dataAct, directive } from "./sources";

export const reversibilityAssistance = defineClause({
  key: "reversibility-assistance",
  version: 1,
  category: "EXIT",
  topics: ["EXIT_AND_PORTABILITY", "KNOWLEDGE_TRANSFER"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [
    { name: "transitionMonths", kind: "MONTHS", required: true, min: 1, max: 24, default: 6 },
    { name: "includedDays", kind: "INTEGER", required: true, min: 0, max: 1000, default: 20 },
  ],
  legalBasis: [directive("Art. 70 (conditions for performance)"), dataAct("Art. 25 (contractual terms on switching)")],
  sources: [OSOR_GUIDELINE, CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Reversibility assistance",
      body: `1. When the contract ends, or when the Contracting Authority decides to move all or part of the service to itself or to another provider, the Contractor assists the transition for up to {{transitionMonths}}, following the approved exit plan.
2. During the transition the Contractor keeps the service running at the agreed service levels, answers the questions of the Contracting Authority and the new provider, takes part in tests and, where needed, runs the old and new solutions in parallel.
3. The first {{includedDays}} person-days of assistance are included in the contract price. Further assistance is invoiced at the daily rates in the price schedule, which apply unchanged during the transition.
4. The Contractor does not make its assistance conditional on any payment under dispute, and does not slow down or degrade the service during the transition.`,
      guidance: {
        why: "Data alone rarely makes a migration: the successor also needs the outgoing supplier's cooperation for weeks or months. Setting the scope, duration and price of that help at the start removes the incumbent's strongest bargaining position at the end.",
        whenToUse:
          "For contracts of some duration in which the supplier runs or maintains the solution. Size the included person-days to the complexity of the system.",
        pitfalls:
          "Without a price for assistance in the tender, the incumbent sets it when you have no alternative. Make sure the service levels continue during the transition. Link the clause to the exit plan so that both describe the same process.",
      },
      parameters: {
        transitionMonths: { label: "Maximum length of the transition", hint: "Months of assistance after notice." },
        includedDays: {
          label: "Person-days of assistance included",
          hint: "Assistance included in the price; 0 means everything is invoiced at the daily rates.",
        },
      },
    },
    fr: {
      title: "Assistance à la réversibilité",
      body: `1. À la fin du marché, ou lorsque l'acheteur décide de reprendre tout ou partie du service ou de le confier à un autre prestataire, le titulaire accompagne la transition pendant {{transitionMonths}} au plus, conformément au plan de réversibilité approuvé.
2. Pendant la transition, le titulaire maintient le service aux niveaux convenus, répond aux questions de l'acheteur et du nouveau prestataire, participe aux tests et, si nécessaire, fait fonctionner l'ancienne et la nouvelle solution en parallèle.
3. Les {{includedDays}} premiers jours-personnes d'assistance sont compris dans le prix du marché. Au-delà, l'assistance est facturée aux prix journaliers du bordereau de prix, qui restent inchangés pendant la transition.
4. Le titulaire ne subordonne pas son assistance au paiement de sommes contestées et ne ralentit ni ne dégrade le service pendant la transition.`,
      guidance: {
        why: "Les données seules font rarement une migration : le successeur a aussi besoin de la coopération du prestataire sortant pendant des semaines ou des mois. Fixer dès le départ l'étendue, la durée et le prix de cette aide retire au titulaire sa meilleure position de négociation en fin de marché.",
        whenToUse:
          "Pour les marchés d'une certaine durée dans lesquels le prestataire exploite ou maintient la solution. Dimensionnez les jours-personnes inclus selon la complexité du système.",
        pitfalls:
          "Sans prix d'assistance dans l'offre, le titulaire le fixe quand vous n'avez plus d'alternative. Assurez-vous que les niveaux de service continuent pendant la transition. Reliez la clause au plan de réversibilité, pour que les deux décrivent le même processus.",
      },
      parameters: {
        transitionMonths: { label: "Durée maximale de la transition", hint: "Mois d'assistance après notification." },
        includedDays: {
          label: "Jours-personnes d'assistance inclus",
          hint: "Assistance comprise dans le prix ; 0 signifie que tout est facturé aux prix journaliers.",
        },
      },
    },
    de: {
      title: "Unterstützung beim Ausstieg",
      body: `1. Endet der Vertrag oder beschließt der Auftraggeber, den Dienst ganz oder teilweise selbst zu übernehmen oder einem anderen Anbieter zu übertragen, unterstützt der Auftragnehmer den Übergang für bis zu {{transitionMonths}} nach dem genehmigten Ausstiegsplan.
2. Während des Übergangs erbringt der Auftragnehmer den Dienst weiter zu den vereinbarten Service-Levels, beantwortet die Fragen des Auftraggebers und des neuen Anbieters, wirkt an Tests mit und betreibt, soweit nötig, alte und neue Lösung parallel.
3. Die ersten {{includedDays}} Personentage der Unterstützung sind im Vertragspreis enthalten. Darüber hinausgehende Unterstützung wird zu den Tagessätzen des Preisblatts abgerechnet, die während des Übergangs unverändert gelten.
4. Der Auftragnehmer macht seine Unterstützung nicht von der Zahlung streitiger Beträge abhängig und verlangsamt oder verschlechtert den Dienst während des Übergangs nicht.`,
      guidance: {
        why: "Daten allein machen selten eine Migration: Der Nachfolger braucht über Wochen oder Monate auch die Mitwirkung des bisherigen Dienstleisters. Werden Umfang, Dauer und Preis dieser Hilfe zu Beginn festgelegt, verliert der bisherige Anbieter am Ende seine stärkste Verhandlungsposition.",
        whenToUse:
          "Für Verträge von gewisser Dauer, in denen der Dienstleister die Lösung betreibt oder pflegt. Bemessen Sie die enthaltenen Personentage nach der Komplexität des Systems.",
        pitfalls:
          "Ohne Preis für die Unterstützung im Angebot bestimmt ihn der bisherige Anbieter, wenn Sie keine Alternative mehr haben. Stellen Sie sicher, dass die Service-Levels während des Übergangs weiter gelten. Verknüpfen Sie die Klausel mit dem Ausstiegsplan, damit beide denselben Ablauf beschreiben.",
      },
      parameters: {
        transitionMonths: { label: "Höchstdauer des Übergangs", hint: "Monate der Unterstützung nach Mitteilung." },
        includedDays: {
          label: "Enthaltene Personentage",
          hint: "Im Preis enthaltene Unterstützung; 0 bedeutet, dass alles zu Tagessätzen abgerechnet wird.",
        },
      },
    },
  },
});
