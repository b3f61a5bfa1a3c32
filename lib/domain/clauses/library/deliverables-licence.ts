import { defineClause } from "./define-clause";
import {
  ANY_TENDER,
  AGID_GUIDELINES,
  EGOVG_16A,
  EUPL,
  OSI_LICENCES,
  OSOR_GUIDELINE,
  PUBLIC_MONEY_PUBLIC_CODE,
  STANDARD_FOR_PUBLIC_CODE,
  directive,
} from "./sources";

export const deliverablesLicence = defineClause({
  key: "deliverables-licence",
  version: 1,
  category: "LICENSING",
  topics: ["DELIVERABLES_LICENCE"],
  status: "MANDATORY",
  applicability: ANY_TENDER,
  parameters: [
    { name: "softwareLicence", kind: "SPDX_LICENCE", required: true, accept: "OSI_APPROVED", default: "EUPL-1.2" },
    { name: "documentationLicence", kind: "SPDX_LICENCE", required: true, accept: "FREE", default: "CC-BY-4.0" },
  ],
  legalBasis: [
    directive("Art. 42(1) (technical specifications may require a transfer of intellectual property rights)"),
    directive("Art. 70 (conditions for performance of contracts)"),
    EUPL,
  ],
  sources: [
    STANDARD_FOR_PUBLIC_CODE,
    PUBLIC_MONEY_PUBLIC_CODE,
    OSOR_GUIDELINE,
    EGOVG_16A,
    AGID_GUIDELINES,
    OSI_LICENCES,
  ],
  content: {
    en: {
      title: "Licence of the deliverables",
      body: `1. The Contractor licenses all software it develops or adapts for the contract under {{softwareLicence}}, so that the Contracting Authority may use, study, modify and share it. This covers source code, configuration, build and deployment scripts, database schemas and tests.
2. Documentation, training material and other deliverables that are not software are licensed under {{documentationLicence}}.
3. These licences take effect when each deliverable is handed over, for the whole term of the rights, worldwide and without further payment. The Contracting Authority may publish the deliverables and have them maintained by third parties.
4. Where the Contractor builds on pre-existing works of its own, it licenses them on the same terms, or under another OSI-approved licence compatible with {{softwareLicence}} that it names in its tender.
5. Each repository contains the licence text, and each source file a machine-readable licence notice (an SPDX identifier).`,
      guidance: {
        why: "Without an explicit licence, the copyright in bespoke software stays with the Contractor: the authority then needs its permission, and often a new payment, to change the software, hand it to another supplier or share it with other administrations. An open licence grants those rights once and lets other public bodies reuse what public money paid for.",
        whenToUse:
          "In every contract in which software, configuration or documentation is developed or adapted for the authority. For subscriptions to an existing product, rely on the clauses on third-party components and exit instead.",
        pitfalls:
          "Do not write 'open source' without naming a licence: the parties will disagree later on what was meant. A copyleft licence (EUPL, GPL) keeps redistributed improvements open, a permissive one (Apache-2.0, MIT) allows closed derivatives: choose on purpose. For documentation, avoid licences with non-commercial or no-derivatives terms.",
      },
      parameters: {
        softwareLicence: {
          label: "Licence of the software",
          hint: "An SPDX id of an OSI-approved licence, for example EUPL-1.2, Apache-2.0 or MPL-2.0.",
        },
        documentationLicence: {
          label: "Licence of documentation and other material",
          hint: "An SPDX id of an open licence, for example CC-BY-4.0 or CC-BY-SA-4.0.",
        },
      },
    },
    fr: {
      title: "Licence des livrables",
      body: `1. Le titulaire place l'ensemble des logiciels qu'il développe ou adapte au titre du marché sous la licence {{softwareLicence}}, afin que l'acheteur puisse les utiliser, les étudier, les modifier et les diffuser. Sont concernés le code source, la configuration, les scripts de compilation et de déploiement, les schémas de base de données et les tests.
2. La documentation, les supports de formation et les autres livrables qui ne sont pas des logiciels sont placés sous la licence {{documentationLicence}}.
3. Ces licences prennent effet à la remise de chaque livrable, pour toute la durée des droits, pour le monde entier et sans rémunération supplémentaire. L'acheteur peut publier les livrables et en confier la maintenance à des tiers.
4. Lorsque le titulaire s'appuie sur des œuvres préexistantes qui lui appartiennent, il les concède aux mêmes conditions, ou sous une autre licence approuvée par l'OSI et compatible avec {{softwareLicence}}, qu'il désigne dans son offre.
5. Chaque dépôt contient le texte de la licence, et chaque fichier source un avis de licence lisible par machine (identifiant SPDX).`,
      guidance: {
        why: "Sans licence explicite, les droits d'auteur sur un logiciel spécifique restent au titulaire : l'acheteur a alors besoin de son accord, et souvent d'un nouveau paiement, pour modifier le logiciel, le confier à un autre prestataire ou le partager avec d'autres administrations. Une licence libre accorde ces droits une fois pour toutes et permet à d'autres organismes publics de réutiliser ce que l'argent public a financé.",
        whenToUse:
          "Dans tout marché où des logiciels, de la configuration ou de la documentation sont développés ou adaptés pour l'acheteur. Pour un abonnement à un produit existant, appuyez-vous plutôt sur les clauses relatives aux composants tiers et à la réversibilité.",
        pitfalls:
          "N'écrivez pas « open source » sans nommer une licence : les parties divergeront ensuite sur ce qui était voulu. Une licence à réciprocité (EUPL, GPL) garde ouvertes les améliorations redistribuées, une licence permissive (Apache-2.0, MIT) autorise des dérivés fermés : choisissez en connaissance de cause. Pour la documentation, évitez les licences interdisant l'usage commercial ou les modifications.",
      },
      parameters: {
        softwareLicence: {
          label: "Licence des logiciels",
          hint: "Identifiant SPDX d'une licence approuvée par l'OSI, par exemple EUPL-1.2, Apache-2.0 ou MPL-2.0.",
        },
        documentationLicence: {
          label: "Licence de la documentation et des autres supports",
          hint: "Identifiant SPDX d'une licence libre, par exemple CC-BY-4.0 ou CC-BY-SA-4.0.",
        },
      },
    },
    de: {
      title: "Lizenz der Arbeitsergebnisse",
      body: `1. Der Auftragnehmer stellt sämtliche im Rahmen des Vertrags entwickelte oder angepasste Software unter die Lizenz {{softwareLicence}}, sodass der Auftraggeber sie nutzen, untersuchen, verändern und weitergeben kann. Dies umfasst Quellcode, Konfiguration, Build- und Deployment-Skripte, Datenbankschemata und Tests.
2. Dokumentation, Schulungsunterlagen und sonstige Arbeitsergebnisse, die keine Software sind, werden unter die Lizenz {{documentationLicence}} gestellt.
3. Die Lizenzen gelten ab Übergabe des jeweiligen Arbeitsergebnisses, für die gesamte Schutzdauer, weltweit und ohne zusätzliche Vergütung. Der Auftraggeber darf die Arbeitsergebnisse veröffentlichen und Dritte mit ihrer Pflege beauftragen.
4. Baut der Auftragnehmer auf eigenen vorbestehenden Werken auf, lizenziert er sie zu denselben Bedingungen oder unter einer anderen von der OSI anerkannten, mit {{softwareLicence}} vereinbaren Lizenz, die er in seinem Angebot benennt.
5. Jedes Repository enthält den Lizenztext und jede Quelldatei einen maschinenlesbaren Lizenzhinweis (SPDX-Kennung).`,
      guidance: {
        why: "Ohne ausdrückliche Lizenz verbleiben die Urheberrechte an Individualsoftware beim Auftragnehmer: Der Auftraggeber braucht dann dessen Zustimmung, oft gegen erneute Zahlung, um die Software zu ändern, einem anderen Dienstleister zu übergeben oder mit anderen Verwaltungen zu teilen. Eine Open-Source-Lizenz gewährt diese Rechte ein für alle Mal und ermöglicht anderen öffentlichen Stellen, das mit öffentlichen Mitteln Bezahlte nachzunutzen.",
        whenToUse:
          "In jedem Vertrag, in dem Software, Konfiguration oder Dokumentation für den Auftraggeber entwickelt oder angepasst wird. Bei Abonnements eines bestehenden Produkts sind stattdessen die Klauseln zu Drittkomponenten und zum Ausstieg maßgeblich.",
        pitfalls:
          "Schreiben Sie nicht „Open Source“, ohne eine Lizenz zu nennen: Die Parteien werden später darüber streiten, was gemeint war. Eine Copyleft-Lizenz (EUPL, GPL) hält weitergegebene Verbesserungen offen, eine freizügige Lizenz (Apache-2.0, MIT) erlaubt geschlossene Ableitungen: Entscheiden Sie bewusst. Vermeiden Sie für Dokumentation Lizenzen, die kommerzielle Nutzung oder Bearbeitungen ausschließen.",
      },
      parameters: {
        softwareLicence: {
          label: "Lizenz der Software",
          hint: "SPDX-Kennung einer von der OSI anerkannten Lizenz, zum Beispiel EUPL-1.2, Apache-2.0 oder MPL-2.0.",
        },
        documentationLicence: {
          label: "Lizenz der Dokumentation und sonstiger Unterlagen",
          hint: "SPDX-Kennung einer offenen Lizenz, zum Beispiel CC-BY-4.0 oder CC-BY-SA-4.0.",
        },
      },
    },
  },
});
