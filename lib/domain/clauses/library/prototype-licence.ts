import { defineClause } from "./define-clause";
import { EUPL, INNOVATION_PROCUREMENT_GUIDANCE, PUBLIC_MONEY_PUBLIC_CODE, directive } from "./sources";

export const prototypeLicence = defineClause({
  key: "prototype-licence",
  version: 1,
  category: "INNOVATION",
  topics: ["INNOVATION_PARTNERSHIP", "DELIVERABLES_LICENCE"],
  status: "MANDATORY",
  applicability: { contractNatures: [], procedureTypes: ["INNOVATION_PARTNERSHIP"], cpvPrefixes: [] },
  parameters: [
    { name: "prototypeLicence", kind: "SPDX_LICENCE", required: true, accept: "OSI_APPROVED", default: "EUPL-1.2" },
  ],
  legalBasis: [directive("Art. 31(6) (intellectual property arrangements of the innovation partnership)"), EUPL],
  sources: [INNOVATION_PROCUREMENT_GUIDANCE, PUBLIC_MONEY_PUBLIC_CODE],
  content: {
    en: {
      title: "Licence of prototypes and results, and continuation with another partner",
      body: `1. The software, models, designs and documentation each partner produces in any phase, including prototypes and test versions, are licensed to the Contracting Authority under {{prototypeLicence}} as they are handed over, with their complete source code and build instructions.
2. The Contracting Authority may use these results, publish them, and have them developed further, maintained or put into production by another partner or another provider, including after ending the partnership with the partner that produced them.
3. Each partner keeps its rights in the results and may exploit them, on the terms of the open licence. Knowledge the partner held before the partnership remains its own; where it is needed to use the results, the partner licenses it on terms stated in its tender.
4. The solutions proposed and other confidential information a partner communicates in the procedure are not disclosed to other partners without its agreement, which does not restrict the licence of results handed over.`,
      guidance: {
        why: "The Directive requires the procurement documents of an innovation partnership to define the intellectual property arrangements. Licensing each phase's results openly means public money buys reusable results, and the authority is never forced to stay with a partner just because that partner holds the prototype.",
        whenToUse:
          "In every innovation partnership, and in pre-commercial procurement with adaptations. It replaces the general licence clause for the results of the phases.",
        pitfalls:
          "Leaving IP arrangements vague until negotiation gives the partner the upper hand. Confidentiality of the solutions proposed during the competition is a legal duty; do not confuse it with secrecy of results once delivered. Check that background knowledge needed to use the results is licensed on stated terms.",
      },
      parameters: {
        prototypeLicence: {
          label: "Licence of the results",
          hint: "An SPDX id of an OSI-approved licence, for example EUPL-1.2.",
        },
      },
    },
    fr: {
      title: "Licence des prototypes et résultats, et poursuite avec un autre partenaire",
      body: `1. Les logiciels, modèles, conceptions et documents que chaque partenaire produit au cours de toute phase, prototypes et versions d'essai compris, sont concédés à l'acheteur sous {{prototypeLicence}} au fur et à mesure de leur remise, avec leur code source complet et leurs instructions de compilation.
2. L'acheteur peut utiliser ces résultats, les publier et les faire développer, maintenir ou mettre en production par un autre partenaire ou un autre prestataire, y compris après avoir mis fin au partenariat avec le partenaire qui les a produits.
3. Chaque partenaire conserve ses droits sur les résultats et peut les exploiter, aux conditions de la licence libre. Les connaissances que le partenaire détenait avant le partenariat restent les siennes ; lorsqu'elles sont nécessaires pour utiliser les résultats, il les concède aux conditions indiquées dans son offre.
4. Les solutions proposées et les autres informations confidentielles communiquées par un partenaire au cours de la procédure ne sont pas révélées aux autres partenaires sans son accord, ce qui ne restreint pas la licence des résultats remis.`,
      guidance: {
        why: "La directive impose de définir dans les documents d'un partenariat d'innovation le régime de propriété intellectuelle. Placer les résultats de chaque phase sous licence libre garantit que l'argent public achète des résultats réutilisables, et que l'acheteur n'est jamais contraint de rester avec un partenaire parce que celui-ci détient le prototype.",
        whenToUse:
          "Dans tout partenariat d'innovation, et, moyennant adaptation, dans les achats publics avant commercialisation. Elle remplace la clause générale de licence pour les résultats des phases.",
        pitfalls:
          "Laisser le régime de propriété intellectuelle en suspens jusqu'à la négociation donne l'avantage au partenaire. La confidentialité des solutions proposées pendant la mise en concurrence est une obligation légale ; ne la confondez pas avec le secret des résultats une fois remis. Vérifiez que les connaissances antérieures nécessaires à l'utilisation des résultats sont concédées à des conditions connues.",
      },
      parameters: {
        prototypeLicence: {
          label: "Licence des résultats",
          hint: "Identifiant SPDX d'une licence approuvée par l'OSI, par exemple EUPL-1.2.",
        },
      },
    },
    de: {
      title: "Lizenz von Prototypen und Ergebnissen, Fortführung mit einem anderen Partner",
      body: `1. Software, Modelle, Entwürfe und Dokumente, die jeder Partner in einer Phase erstellt, einschließlich Prototypen und Testversionen, werden dem Auftraggeber mit ihrer Übergabe unter {{prototypeLicence}} lizenziert, zusammen mit ihrem vollständigen Quellcode und ihrer Build-Anleitung.
2. Der Auftraggeber darf diese Ergebnisse nutzen, veröffentlichen und durch einen anderen Partner oder einen anderen Anbieter weiterentwickeln, pflegen oder in Betrieb nehmen lassen, auch nachdem er die Partnerschaft mit dem Partner beendet hat, der sie erstellt hat.
3. Jeder Partner behält seine Rechte an den Ergebnissen und darf sie zu den Bedingungen der offenen Lizenz verwerten. Vorbestehendes Wissen des Partners bleibt sein eigenes; wird es zur Nutzung der Ergebnisse benötigt, lizenziert er es zu den in seinem Angebot genannten Bedingungen.
4. Die vorgeschlagenen Lösungen und andere vertrauliche Informationen, die ein Partner im Verfahren mitteilt, werden den anderen Partnern nicht ohne seine Zustimmung offengelegt; die Lizenz der übergebenen Ergebnisse bleibt davon unberührt.`,
      guidance: {
        why: "Die Richtlinie verlangt, dass die Vergabeunterlagen einer Innovationspartnerschaft die Regelungen zum geistigen Eigentum festlegen. Werden die Ergebnisse jeder Phase offen lizenziert, kaufen öffentliche Mittel nachnutzbare Ergebnisse, und der Auftraggeber ist nie gezwungen, bei einem Partner zu bleiben, nur weil dieser den Prototyp besitzt.",
        whenToUse:
          "In jeder Innovationspartnerschaft und, angepasst, in der vorkommerziellen Auftragsvergabe. Sie ersetzt für die Ergebnisse der Phasen die allgemeine Lizenzklausel.",
        pitfalls:
          "Bleiben die Regelungen zum geistigen Eigentum bis zur Verhandlung offen, ist der Partner im Vorteil. Die Vertraulichkeit der im Wettbewerb vorgeschlagenen Lösungen ist eine gesetzliche Pflicht; verwechseln Sie sie nicht mit Geheimhaltung übergebener Ergebnisse. Prüfen Sie, ob das zur Nutzung der Ergebnisse nötige Vorwissen zu bekannten Bedingungen lizenziert wird.",
      },
      parameters: {
        prototypeLicence: {
          label: "Lizenz der Ergebnisse",
          hint: "SPDX-Kennung einer von der OSI anerkannten Lizenz, zum Beispiel EUPL-1.2.",
        },
      },
    },
  },
});
