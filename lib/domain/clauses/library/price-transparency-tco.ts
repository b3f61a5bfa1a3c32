import { defineClause } from "./define-clause";
import { ANY_TENDER, DIGG_CHECKLIST, OSOR_GUIDELINE, directive } from "./sources";

export const priceTransparencyTco = defineClause({
  key: "price-transparency-tco",
  version: 1,
  category: "PRICING",
  topics: ["PRICE_TRANSPARENCY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [{ name: "horizonMonths", kind: "MONTHS", required: true, min: 12, max: 180, default: 60 }],
  legalBasis: [
    directive("Art. 67(2) (price or cost, using a cost-effectiveness approach)"),
    directive("Art. 68 (life-cycle costing), in particular Art. 68(2)"),
  ],
  sources: [OSOR_GUIDELINE, DIGG_CHECKLIST],
  content: {
    en: {
      title: "Price transparency by cost category",
      body: `1. The tender gives every cost the Contracting Authority will bear over {{horizonMonths}}, year by year, in the price schedule, under these categories:
   - licences or subscriptions, with their unit, volumes and any indexation;
   - implementation, configuration, customisation and integration;
   - migration of existing data into the solution;
   - training and change support;
   - maintenance and support, including security updates;
   - hosting, infrastructure and consumption-based charges;
   - upgrades and major version migrations;
   - security and compliance (audits, certifications, tests);
   - exit: data export, migration out, reversibility assistance, switching and early termination charges;
   - end of life: decommissioning, archiving and certified deletion.
2. A cost not stated in the price schedule cannot be charged later. A category the tenderer considers free of cost is stated as zero, not left blank.
3. Daily rates for additional services are given per profile and apply for the whole contract.
4. The Contracting Authority compares tenders on the total cost of ownership computed from these figures with the method stated in the procurement documents.`,
      guidance: {
        why: "Licence price is often a small part of what software costs over its life; implementation, support and especially exit can dwarf it. A breakdown by category exposes low entry prices that are recovered later, lets tenders be compared on their whole cost, and puts the cost of leaving on the table before award.",
        whenToUse:
          "In every software tender where price or cost is an award criterion. Choose a horizon that covers the expected life of the solution, including options, renewals and the exit.",
        pitfalls:
          "Exit costs are the ones most often left out; insist on them, and do not charge challengers for the cost of leaving the incumbent's system. State the discount rate and method in the documents, as Art. 68(2) requires. Costs borne by the authority's own staff are estimated by the authority, not by tenderers.",
      },
      parameters: {
        horizonMonths: {
          label: "Period covered by the cost breakdown",
          hint: "Months; usually the contract term with options and renewals, plus the exit.",
        },
      },
    },
    fr: {
      title: "Transparence des prix par catégorie de coût",
      body: `1. L'offre indique dans le bordereau de prix, année par année, chaque coût que l'acheteur supportera sur {{horizonMonths}}, selon les catégories suivantes :
   - licences ou abonnements, avec leur unité, les volumes et toute indexation ;
   - mise en œuvre, paramétrage, adaptation et intégration ;
   - reprise des données existantes dans la solution ;
   - formation et accompagnement du changement ;
   - maintenance et assistance, mises à jour de sécurité comprises ;
   - hébergement, infrastructure et frais liés à la consommation ;
   - mises à niveau et migrations de versions majeures ;
   - sécurité et conformité (audits, certifications, tests) ;
   - sortie : export des données, migration sortante, assistance à la réversibilité, frais de changement de fournisseur et de résiliation anticipée ;
   - fin de vie : mise hors service, archivage et suppression certifiée.
2. Un coût qui ne figure pas au bordereau ne peut être facturé ultérieurement. Une catégorie que le soumissionnaire estime sans coût est indiquée à zéro et non laissée vide.
3. Les prix journaliers des prestations complémentaires sont donnés par profil et s'appliquent pendant toute la durée du marché.
4. L'acheteur compare les offres sur le coût total de possession calculé à partir de ces montants selon la méthode indiquée dans les documents de la consultation.`,
      guidance: {
        why: "Le prix des licences n'est souvent qu'une faible part du coût d'un logiciel sur sa durée de vie ; la mise en œuvre, l'assistance et surtout la sortie peuvent le dépasser largement. Une décomposition par catégorie révèle les prix d'appel récupérés plus tard, permet de comparer les offres sur leur coût complet et fait apparaître le coût de sortie avant l'attribution.",
        whenToUse:
          "Dans tout marché de logiciels où le prix ou le coût est un critère d'attribution. Choisissez une période qui couvre la durée de vie attendue de la solution, options, reconductions et sortie comprises.",
        pitfalls:
          "Les coûts de sortie sont les plus souvent oubliés : exigez-les, et n'imputez pas aux concurrents le coût de sortie du système du titulaire sortant. Indiquez le taux d'actualisation et la méthode dans les documents, comme l'exige l'article 68, paragraphe 2. Les coûts supportés par les agents de l'acheteur sont estimés par l'acheteur, non par les soumissionnaires.",
      },
      parameters: {
        horizonMonths: {
          label: "Période couverte par la décomposition des coûts",
          hint: "Mois ; en général la durée du marché avec options et reconductions, plus la sortie.",
        },
      },
    },
    de: {
      title: "Preistransparenz nach Kostenkategorien",
      body: `1. Das Angebot weist im Preisblatt Jahr für Jahr jeden Kostenbestandteil aus, den der Auftraggeber über {{horizonMonths}} trägt, gegliedert nach diesen Kategorien:
   - Lizenzen oder Abonnements, mit Einheit, Mengen und etwaiger Indexierung;
   - Einführung, Konfiguration, Anpassung und Integration;
   - Übernahme vorhandener Daten in die Lösung;
   - Schulung und Begleitung der Veränderung;
   - Wartung und Support, einschließlich Sicherheitsaktualisierungen;
   - Hosting, Infrastruktur und verbrauchsabhängige Entgelte;
   - Upgrades und Migrationen auf neue Hauptversionen;
   - Sicherheit und Compliance (Audits, Zertifizierungen, Tests);
   - Ausstieg: Datenexport, Migration aus der Lösung, Ausstiegsunterstützung, Wechselentgelte und Entgelte für vorzeitige Kündigung;
   - Lebensende: Außerbetriebnahme, Archivierung und nachgewiesene Löschung.
2. Kosten, die nicht im Preisblatt stehen, können später nicht berechnet werden. Eine Kategorie, die der Bieter für kostenfrei hält, wird mit null angegeben und nicht leer gelassen.
3. Tagessätze für zusätzliche Leistungen werden je Profil angegeben und gelten für die gesamte Vertragslaufzeit.
4. Der Auftraggeber vergleicht die Angebote anhand der Gesamtbetriebskosten, die aus diesen Angaben nach der in den Vergabeunterlagen genannten Methode berechnet werden.`,
      guidance: {
        why: "Der Lizenzpreis ist oft nur ein kleiner Teil dessen, was Software über ihre Lebensdauer kostet; Einführung, Support und vor allem der Ausstieg können ihn weit übersteigen. Eine Aufschlüsselung nach Kategorien deckt niedrige Einstiegspreise auf, die später wieder hereingeholt werden, erlaubt den Vergleich der Angebote nach ihren Gesamtkosten und macht die Kosten des Ausstiegs vor dem Zuschlag sichtbar.",
        whenToUse:
          "In jeder Softwareausschreibung, in der Preis oder Kosten Zuschlagskriterium sind. Wählen Sie einen Zeitraum, der die erwartete Nutzungsdauer der Lösung einschließlich Optionen, Verlängerungen und Ausstieg abdeckt.",
        pitfalls:
          "Ausstiegskosten werden am häufigsten vergessen: Bestehen Sie auf ihnen, und rechnen Sie neuen Bietern nicht die Kosten des Ausstiegs aus dem System des bisherigen Anbieters zu. Nennen Sie Abzinsungssatz und Methode in den Unterlagen, wie es Art. 68 Abs. 2 verlangt. Kosten für eigenes Personal schätzt der Auftraggeber, nicht die Bieter.",
      },
      parameters: {
        horizonMonths: {
          label: "Zeitraum der Kostenaufstellung",
          hint: "Monate; in der Regel die Vertragslaufzeit mit Optionen und Verlängerungen zuzüglich Ausstieg.",
        },
      },
    },
  },
});
