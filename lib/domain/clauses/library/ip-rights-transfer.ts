import { defineClause } from "./define-clause";
import { ANY_TENDER, OPEN_UNLESS, OSOR_GUIDELINE, PUBLIC_MONEY_PUBLIC_CODE, directive } from "./sources";

export const ipRightsTransfer = defineClause({
  key: "ip-rights-transfer",
  version: 1,
  category: "LICENSING",
  topics: ["DELIVERABLES_LICENCE"],
  status: "OPTIONAL",
  applicability: ANY_TENDER,
  parameters: [
    { name: "publicationLicence", kind: "SPDX_LICENCE", required: true, accept: "OSI_APPROVED", default: "EUPL-1.2" },
  ],
  legalBasis: [directive("Art. 42(1) (transfer of intellectual property rights)")],
  sources: [OSOR_GUIDELINE, OPEN_UNLESS, PUBLIC_MONEY_PUBLIC_CODE],
  content: {
    en: {
      title: "Transfer of rights with the right to publish as open source",
      body: `1. The Contractor assigns to the Contracting Authority, as each deliverable is handed over, the economic rights in the software and documentation created specifically for the contract, for every form of exploitation, for the whole term of the rights and worldwide. The price covers this assignment.
2. The Contracting Authority may publish these deliverables, in whole or in part, under {{publicationLicence}} or another open source licence of its choice. The Contractor waives any objection to such publication.
3. The Contractor keeps a free, non-exclusive licence to reuse the deliverables, on the terms of the open source licence once they are published.
4. Pre-existing works of the Contractor and third-party components are not assigned; they are licensed as the clauses on the licence of deliverables and on third-party components require.`,
      guidance: {
        why: "Some authorities, or national rules, prefer to own the rights in what they commission. Ownership alone does not make the software reusable: this clause adds the explicit right to publish it under an open licence.",
        whenToUse:
          "Instead of the licence-of-deliverables clause when your legal service requires an assignment of rights, for example where the deliverables include confidential material that may only be published after review.",
        pitfalls:
          "Do not combine it with the licence-of-deliverables clause for the same deliverables: choose one model. Moral rights cannot be assigned in several Member States; the clause deals with economic rights only. Check national rules on how precisely the forms of exploitation must be listed.",
      },
      parameters: {
        publicationLicence: {
          label: "Licence for publication",
          hint: "The open source licence the authority intends to publish under, for example EUPL-1.2.",
        },
      },
    },
    fr: {
      title: "Cession des droits avec droit de publication en open source",
      body: `1. Le titulaire cède à l'acheteur, au fur et à mesure de la remise de chaque livrable, les droits patrimoniaux sur les logiciels et la documentation créés spécifiquement pour le marché, pour tous modes d'exploitation, pour toute la durée des droits et pour le monde entier. Le prix du marché comprend cette cession.
2. L'acheteur peut publier tout ou partie de ces livrables sous {{publicationLicence}} ou sous une autre licence libre de son choix. Le titulaire renonce à s'opposer à une telle publication.
3. Le titulaire conserve une licence gratuite et non exclusive de réutilisation des livrables, aux conditions de la licence libre une fois ceux-ci publiés.
4. Les œuvres préexistantes du titulaire et les composants tiers ne sont pas cédés ; ils sont concédés dans les conditions prévues par les clauses relatives à la licence des livrables et aux composants tiers.`,
      guidance: {
        why: "Certains acheteurs, ou certaines règles nationales, préfèrent détenir les droits sur ce qu'ils commandent. La seule propriété ne rend pas le logiciel réutilisable : cette clause ajoute le droit explicite de le publier sous licence libre.",
        whenToUse:
          "À la place de la clause sur la licence des livrables lorsque votre service juridique exige une cession de droits, par exemple si les livrables contiennent des éléments confidentiels qui ne pourront être publiés qu'après examen.",
        pitfalls:
          "Ne la combinez pas avec la clause sur la licence des livrables pour les mêmes livrables : choisissez un modèle. Le droit moral est incessible dans plusieurs États membres ; la clause ne porte que sur les droits patrimoniaux. Vérifiez les règles nationales sur le degré de précision exigé pour les modes d'exploitation cédés.",
      },
      parameters: {
        publicationLicence: {
          label: "Licence de publication",
          hint: "La licence libre sous laquelle l'acheteur compte publier, par exemple EUPL-1.2.",
        },
      },
    },
    de: {
      title: "Rechteübertragung mit dem Recht zur Veröffentlichung als Open Source",
      body: `1. Der Auftragnehmer räumt dem Auftraggeber mit Übergabe des jeweiligen Arbeitsergebnisses die ausschließlichen, zeitlich, räumlich und inhaltlich unbeschränkten Nutzungsrechte an der eigens für den Vertrag geschaffenen Software und Dokumentation für alle Nutzungsarten ein. Die Vergütung deckt diese Rechteeinräumung ab.
2. Der Auftraggeber darf diese Arbeitsergebnisse ganz oder teilweise unter {{publicationLicence}} oder einer anderen Open-Source-Lizenz seiner Wahl veröffentlichen. Der Auftragnehmer verzichtet darauf, einer solchen Veröffentlichung zu widersprechen.
3. Der Auftragnehmer behält ein unentgeltliches, einfaches Recht zur Nachnutzung der Arbeitsergebnisse, nach deren Veröffentlichung zu den Bedingungen der Open-Source-Lizenz.
4. Vorbestehende Werke des Auftragnehmers und Drittkomponenten werden nicht übertragen; für sie gelten die Klauseln zur Lizenz der Arbeitsergebnisse und zu Drittkomponenten.`,
      guidance: {
        why: "Manche Auftraggeber oder nationale Vorgaben bevorzugen es, die Rechte an Beauftragtem selbst zu halten. Rechteinhaberschaft allein macht Software nicht nachnutzbar: Diese Klausel fügt das ausdrückliche Recht hinzu, sie unter einer Open-Source-Lizenz zu veröffentlichen.",
        whenToUse:
          "Anstelle der Klausel zur Lizenz der Arbeitsergebnisse, wenn Ihre Rechtsabteilung eine Rechteübertragung verlangt, etwa weil die Arbeitsergebnisse vertrauliche Teile enthalten, die erst nach Prüfung veröffentlicht werden dürfen.",
        pitfalls:
          "Kombinieren Sie sie nicht mit der Klausel zur Lizenz der Arbeitsergebnisse für dieselben Ergebnisse: Wählen Sie ein Modell. Das Urheberrecht selbst ist in Deutschland nicht übertragbar; übertragen werden Nutzungsrechte. Prüfen Sie, wie genau nationale Regeln die Nutzungsarten verlangen.",
      },
      parameters: {
        publicationLicence: {
          label: "Lizenz für die Veröffentlichung",
          hint: "Die Open-Source-Lizenz, unter der der Auftraggeber veröffentlichen will, zum Beispiel EUPL-1.2.",
        },
      },
    },
  },
});
