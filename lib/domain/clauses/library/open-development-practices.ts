import { defineClause } from "./define-clause";
import { ANY_TENDER, OPENSSF_SCORECARD, PUBLICCODE_YML, STANDARD_FOR_PUBLIC_CODE, directive } from "./sources";

export const openDevelopmentPractices = defineClause({
  key: "open-development-practices",
  version: 1,
  category: "GOVERNANCE",
  topics: ["PUBLIC_REPOSITORY", "DOCUMENTATION"],
  status: "OPTIONAL",
  applicability: ANY_TENDER,
  parameters: [{ name: "reviewers", kind: "CHOICE", required: true, options: ["ONE", "TWO"], default: "ONE" }],
  legalBasis: [directive("Art. 70 (conditions for performance)")],
  sources: [STANDARD_FOR_PUBLIC_CODE, PUBLICCODE_YML, OPENSSF_SCORECARD],
  content: {
    en: {
      title: "Open development practices",
      body: `1. Every change to the code is made through a reviewed change request and approved by at least {{reviewers}} other than its author before it is merged.
2. Automated tests and checks run on every change request, and their results are visible in the repository.
3. Releases follow semantic versioning, each with a changelog entry that explains changes in plain language.
4. Contributors sign off their commits under the Developer Certificate of Origin. No contributor, including the Contractor, is asked to transfer copyright as a condition for contributing.
5. The repository states how to report issues and propose changes, how decisions are made, and the maturity of the code base, so that other administrations and companies can take part.`,
      guidance: {
        why: "Open code is only the start; review, tests, versioning and clear contribution rules are what make a code base trustworthy and allow others, including a future supplier, to contribute safely.",
        whenToUse:
          "For software developed in the open that the authority wants other administrations to reuse or co-develop. Pair it with the public repository clause.",
        pitfalls:
          "Requiring copyright assignment from contributors discourages them; the Developer Certificate of Origin is enough. Self-review does not count as review.",
      },
      parameters: {
        reviewers: {
          label: "Reviewers per change",
          hint: "People other than the author who must approve.",
          options: { ONE: "one person", TWO: "two people" },
        },
      },
    },
    fr: {
      title: "Pratiques de développement ouvert",
      body: `1. Toute modification du code passe par une demande de modification relue et approuvée, avant d'être intégrée, par au moins {{reviewers}} en plus de son auteur.
2. Des tests et contrôles automatisés s'exécutent sur chaque demande de modification, et leurs résultats sont visibles dans le dépôt.
3. Les versions suivent la gestion sémantique de version, chacune avec une entrée du journal des modifications qui explique les changements en langage clair.
4. Les contributeurs attestent leurs contributions selon le Developer Certificate of Origin. Aucun contributeur, titulaire compris, n'est tenu de céder ses droits d'auteur pour pouvoir contribuer.
5. Le dépôt indique comment signaler un problème et proposer une modification, comment les décisions sont prises et quel est le degré de maturité du code, afin que d'autres administrations et entreprises puissent participer.`,
      guidance: {
        why: "Un code ouvert n'est qu'un début ; la relecture, les tests, le versionnage et des règles de contribution claires rendent un code digne de confiance et permettent à d'autres, y compris un futur prestataire, d'y contribuer sans risque.",
        whenToUse:
          "Pour les logiciels développés ouvertement que l'acheteur souhaite voir réutilisés ou codéveloppés par d'autres administrations. Associez-la à la clause sur le dépôt public.",
        pitfalls:
          "Exiger des contributeurs la cession de leurs droits d'auteur les décourage ; le Developer Certificate of Origin suffit. Se relire soi-même ne compte pas comme relecture.",
      },
      parameters: {
        reviewers: {
          label: "Relecteurs par modification",
          hint: "Personnes autres que l'auteur qui doivent approuver.",
          options: { ONE: "une personne", TWO: "deux personnes" },
        },
      },
    },
    de: {
      title: "Offene Entwicklungspraxis",
      body: `1. Jede Änderung am Code erfolgt über eine geprüfte Änderungsanfrage und wird vor dem Zusammenführen durch mindestens {{reviewers}} außer der Autorin oder dem Autor freigegeben.
2. Für jede Änderungsanfrage laufen automatisierte Tests und Prüfungen, deren Ergebnisse im Repository sichtbar sind.
3. Versionen folgen der semantischen Versionierung, jeweils mit einem Eintrag im Änderungsprotokoll, der die Änderungen in verständlicher Sprache erklärt.
4. Beitragende zeichnen ihre Commits nach dem Developer Certificate of Origin ab. Von niemandem, auch nicht vom Auftragnehmer, wird als Bedingung für Beiträge die Übertragung von Urheberrechten verlangt.
5. Das Repository beschreibt, wie Probleme gemeldet und Änderungen vorgeschlagen werden, wie Entscheidungen fallen und wie ausgereift der Code ist, damit andere Verwaltungen und Unternehmen mitwirken können.`,
      guidance: {
        why: "Offener Code ist nur der Anfang; Reviews, Tests, Versionierung und klare Beitragsregeln machen eine Codebasis vertrauenswürdig und erlauben anderen, auch einem künftigen Dienstleister, gefahrlos beizutragen.",
        whenToUse:
          "Für offen entwickelte Software, die andere Verwaltungen nachnutzen oder mitentwickeln sollen. Kombinieren Sie sie mit der Klausel zum öffentlichen Repository.",
        pitfalls:
          "Die Übertragung von Urheberrechten von Beitragenden zu verlangen, schreckt sie ab; das Developer Certificate of Origin genügt. Eine Selbstprüfung zählt nicht als Review.",
      },
      parameters: {
        reviewers: {
          label: "Prüfende je Änderung",
          hint: "Personen außer der Autorin oder dem Autor, die freigeben müssen.",
          options: { ONE: "eine Person", TWO: "zwei Personen" },
        },
      },
    },
  },
});
