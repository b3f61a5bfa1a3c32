import { defineClause } from "./define-clause";
import { INNOVATION_PROCUREMENT_GUIDANCE, directive } from "./sources";

export const innovationPhases = defineClause({
  key: "innovation-phases",
  version: 1,
  category: "INNOVATION",
  topics: ["INNOVATION_PARTNERSHIP"],
  status: "RECOMMENDED",
  applicability: { contractNatures: [], procedureTypes: ["INNOVATION_PARTNERSHIP"], cpvPrefixes: [] },
  parameters: [{ name: "phases", kind: "INTEGER", required: true, min: 2, max: 6, default: 3 }],
  legalBasis: [
    directive("Art. 31(2) (successive phases, intermediate targets, payment in instalments)"),
    directive("Art. 31(7) (duration and value of the phases)"),
  ],
  sources: [INNOVATION_PROCUREMENT_GUIDANCE],
  content: {
    en: {
      title: "Phases of the innovation partnership",
      body: `1. The partnership runs in {{phases}} successive phases following the research and innovation process, from the solution design to prototypes, testing in real conditions and, where the partnership reaches it, the provision of the resulting solution. The procurement documents set, for each phase, its objectives, the intermediate targets the partner must reach, the deliverables, the maximum duration and the maximum price.
2. Each phase is paid in instalments on reaching its targets and handing over its deliverables, including the source code and documentation produced in that phase under the licence of the deliverables.
3. At the end of each phase, the Contracting Authority assesses the results against the targets and may, stating its reasons, end the partnership or, where there are several partners, reduce their number. Ending the partnership gives no right to compensation beyond payment for the phases completed.
4. The Contracting Authority may buy the resulting solution only if it meets the performance levels and maximum costs agreed in the partnership.`,
      guidance: {
        why: "An innovation partnership develops something that does not yet exist and buys it afterwards. Phases with clear targets let the authority stop or narrow the work when results fall short, and pay only for progress made.",
        whenToUse:
          "In every innovation partnership. The number of phases follows the maturity of the idea, typically three or four.",
        pitfalls:
          "Targets that cannot be measured make the phase gates meaningless. Say in the procurement documents, before the competition, that the authority may end the partnership or reduce the number of partners after each phase; it cannot do so otherwise. Keep the value of the final purchase proportionate to the development investment.",
      },
      parameters: {
        phases: { label: "Number of phases", hint: "Usually three or four, including the provision of the solution." },
      },
    },
    fr: {
      title: "Phases du partenariat d'innovation",
      body: `1. Le partenariat se déroule en {{phases}} phases successives qui suivent le processus de recherche et d'innovation, de la conception de la solution aux prototypes, aux essais en conditions réelles et, si le partenariat y parvient, à la fourniture de la solution qui en résulte. Les documents de la consultation fixent, pour chaque phase, ses objectifs, les objectifs intermédiaires que le partenaire doit atteindre, les livrables, la durée maximale et le prix maximal.
2. Chaque phase est payée par tranches, lorsque ses objectifs sont atteints et ses livrables remis, y compris le code source et la documentation produits pendant la phase, sous la licence des livrables.
3. À l'issue de chaque phase, l'acheteur évalue les résultats au regard des objectifs et peut, par décision motivée, mettre fin au partenariat ou, s'il y a plusieurs partenaires, en réduire le nombre. La fin du partenariat n'ouvre droit à aucune indemnité au-delà du paiement des phases achevées.
4. L'acheteur ne peut acquérir la solution qui en résulte que si elle atteint les niveaux de performance et les coûts maximaux convenus dans le partenariat.`,
      guidance: {
        why: "Un partenariat d'innovation développe ce qui n'existe pas encore puis l'achète. Des phases assorties d'objectifs clairs permettent à l'acheteur d'arrêter ou de resserrer les travaux lorsque les résultats sont insuffisants, et de ne payer que les progrès réalisés.",
        whenToUse:
          "Dans tout partenariat d'innovation. Le nombre de phases dépend de la maturité de l'idée, en général trois ou quatre.",
        pitfalls:
          "Des objectifs non mesurables vident les étapes de décision de leur sens. Indiquez dans les documents de la consultation, avant la mise en concurrence, que l'acheteur peut mettre fin au partenariat ou réduire le nombre de partenaires après chaque phase ; il ne le peut pas autrement. Gardez la valeur de l'achat final proportionnée à l'investissement de développement.",
      },
      parameters: {
        phases: { label: "Nombre de phases", hint: "En général trois ou quatre, fourniture de la solution comprise." },
      },
    },
    de: {
      title: "Phasen der Innovationspartnerschaft",
      body: `1. Die Partnerschaft verläuft in {{phases}} aufeinanderfolgenden Phasen entsprechend dem Forschungs- und Innovationsprozess, vom Lösungsentwurf über Prototypen und Erprobung unter realen Bedingungen bis, sofern die Partnerschaft so weit gelangt, zur Bereitstellung der entwickelten Lösung. Die Vergabeunterlagen legen für jede Phase ihre Ziele, die vom Partner zu erreichenden Zwischenziele, die Arbeitsergebnisse, die Höchstdauer und den Höchstpreis fest.
2. Jede Phase wird in Raten vergütet, sobald ihre Ziele erreicht und ihre Arbeitsergebnisse übergeben sind, einschließlich des in der Phase entstandenen Quellcodes und der Dokumentation unter der Lizenz der Arbeitsergebnisse.
3. Am Ende jeder Phase bewertet der Auftraggeber die Ergebnisse anhand der Ziele und kann die Partnerschaft mit Begründung beenden oder bei mehreren Partnern deren Zahl verringern. Die Beendigung begründet keinen Anspruch auf Entschädigung über die Vergütung der abgeschlossenen Phasen hinaus.
4. Der Auftraggeber darf die entwickelte Lösung nur erwerben, wenn sie die in der Partnerschaft vereinbarten Leistungsniveaus und Kostenobergrenzen einhält.`,
      guidance: {
        why: "Eine Innovationspartnerschaft entwickelt etwas, das es noch nicht gibt, und kauft es danach. Phasen mit klaren Zielen erlauben dem Auftraggeber, die Arbeiten zu beenden oder einzugrenzen, wenn die Ergebnisse nicht genügen, und nur erzielte Fortschritte zu bezahlen.",
        whenToUse:
          "In jeder Innovationspartnerschaft. Die Zahl der Phasen richtet sich nach der Reife der Idee, üblich sind drei oder vier.",
        pitfalls:
          "Nicht messbare Ziele machen die Entscheidungspunkte bedeutungslos. Legen Sie in den Vergabeunterlagen vor dem Wettbewerb fest, dass der Auftraggeber die Partnerschaft nach jeder Phase beenden oder die Zahl der Partner verringern kann; anders kann er es nicht. Halten Sie den Wert des abschließenden Erwerbs in angemessenem Verhältnis zur Entwicklungsinvestition.",
      },
      parameters: {
        phases: {
          label: "Anzahl der Phasen",
          hint: "Üblich sind drei oder vier, einschließlich der Bereitstellung der Lösung.",
        },
      },
    },
  },
});
