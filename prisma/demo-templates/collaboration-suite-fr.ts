import type { TemplateContent } from "../../lib/domain/templates/template-content";
import {
  COLLABORATION_SUITE_CLAUSES,
  COLLABORATION_SUITE_INTENDED_USE,
  COLLABORATION_SUITE_SOVEREIGNTY,
} from "./collaboration-suite";
import { QUALITY_SCALE_FR, requirements } from "./parts";

/** The French translation of the collaboration suite template, by the same OSPO. */
export const COLLABORATION_SUITE_FR_NAME = "Suite collaborative open source (hébergée ou sur site)";

export const COLLABORATION_SUITE_FR: TemplateContent = {
  summary:
    "Messagerie, agendas, contacts, partage de fichiers, coédition de documents, messagerie instantanée et " +
    "visioconférence pour les agents d'une administration, fondés sur des logiciels libres et des standards " +
    "ouverts, hébergés par le titulaire dans l'Union européenne ou exploités dans le centre de données de " +
    "l'administration. Comprend les abonnements ou le support, la migration depuis les outils actuels, la " +
    "formation, les niveaux de service et un plan de réversibilité, évalués en coût total de possession sur quatre ans.",
  intendedUse: COLLABORATION_SUITE_INTENDED_USE,
  clauses: COLLABORATION_SUITE_CLAUSES,
  requirements: requirements([
    [
      "MUST",
      "openness",
      "Chaque composant de la suite utilisé par le pouvoir adjudicateur est publié sous une licence approuvée " +
        "par l'Open Source Initiative, et son code source est accessible au public.",
    ],
    [
      "MUST",
      "fit",
      "Les utilisateurs lisent et envoient leurs courriels par IMAP et SMTP, gèrent leurs agendas par CalDAV et " +
        "leurs contacts par CardDAV, depuis l'interface web de la suite et depuis tout client de bureau ou mobile " +
        "qui respecte ces standards.",
    ],
    [
      "MUST",
      "fit",
      "Les textes, tableurs et présentations sont créés et enregistrés par défaut au **format OpenDocument** " +
        "(ODF 1.3) et peuvent être exportés en PDF/A.",
    ],
    [
      "MUST",
      "fit",
      "Plusieurs personnes modifient le même document en même temps dans un navigateur web et voient les " +
        "modifications des autres en quelques secondes, sans installer de logiciel.",
    ],
    [
      "MUST",
      null,
      "Les agents se connectent avec le fournisseur d'identité du pouvoir adjudicateur par OpenID Connect ou " +
        "SAML 2.0 ; les comptes sont créés, modifiés et supprimés automatiquement par SCIM 2.0 ou LDAP.",
    ],
    [
      "MUST",
      "sovereignty",
      "Pour l'option hébergée : toutes les données, y compris les sauvegardes et les journaux, sont stockées et " +
        "traitées dans l'Union européenne, et le personnel de support n'y accède que depuis l'Union européenne.",
    ],
    [
      "MUST",
      null,
      "Chaque écran, y compris dans les applications mobiles, respecte la norme EN 301 549 (WCAG 2.1 niveau AA). " +
        "Le soumissionnaire fournit une déclaration de conformité pour la version proposée.",
    ],
    [
      "MUST",
      "openness",
      "Le pouvoir adjudicateur peut exporter à tout moment l'ensemble des boîtes aux lettres, agendas, contacts, " +
        "fichiers et historiques de discussion, dans des formats ouverts, sans l'aide du titulaire et sans frais.",
    ],
    [
      "SHOULD",
      "fit",
      "La suite offre une messagerie instantanée en canaux et entre deux personnes, ainsi que des " +
        "visioconférences d'au moins 100 participants dans un navigateur, avec partage d'écran et sous-titrage en direct.",
    ],
    [
      "SHOULD",
      "fit",
      "Les administrateurs fixent des durées de conservation et des gels juridiques par boîte aux lettres, dossier " +
        "et canal, et exportent le journal des actions d'administration dans un format ouvert.",
    ],
    [
      "SHOULD",
      "sovereignty",
      "Le même logiciel peut être exploité dans le centre de données du pouvoir adjudicateur, afin de pouvoir " +
        "réinternaliser le service sans changer d'outils ni de formats.",
    ],
    [
      "SHOULD",
      "service",
      "Le plan de migration transfère les boîtes aux lettres, agendas, contacts et partages de fichiers des " +
        "outils actuels avec leur arborescence, leurs droits et leur historique, par vagues qui n'interrompent pas le travail.",
    ],
    [
      "SHOULD",
      "service",
      "La formation atteint chaque utilisateur par des relais locaux formés par le titulaire ; les supports de " +
        "formation sont sous licence libre (CC-BY-4.0 ou équivalente) et le pouvoir adjudicateur peut les adapter.",
    ],
    [
      "SHOULD",
      null,
      "Les courriels peuvent être signés et chiffrés avec S/MIME ou OpenPGP, et un chiffrement de bout en bout " +
        "est disponible pour les discussions et réunions qui le nécessitent.",
    ],
    [
      "MAY",
      "fit",
      "La suite se connecte au système d'archivage du pouvoir adjudicateur par des interfaces documentées " +
        "(WebDAV ou une API décrite en OpenAPI).",
    ],
    [
      "MAY",
      "openness",
      "Le titulaire propose aux projets open source amont de la suite les corrections et améliorations " +
        "réalisées pour le pouvoir adjudicateur.",
    ],
  ]),
  sovereignty: COLLABORATION_SUITE_SOVEREIGNTY,
  award: {
    criteria: [
      {
        key: "cost",
        name: "Coût total de possession sur quatre ans",
        description:
          "Abonnements ou support, hébergement, migration, formation et sortie, actualisés comme l'indiquent les documents de la consultation.",
        kind: "COST",
        weight: 40,
        costFormula: "F1",
      },
      {
        key: "quality",
        name: "Qualité",
        kind: "QUALITY",
        weight: 35,
        children: [
          {
            key: "fit",
            name: "Adéquation aux besoins des utilisateurs",
            description:
              "Dans quelle mesure la suite couvre les exigences, et sa facilité d'utilisation pour les agents, y compris les personnes handicapées.",
            kind: "QUALITY",
            weight: 60,
          },
          {
            key: "service",
            name: "Migration, formation et support",
            description: "Le plan de migration, la démarche de formation et l'organisation du support proposées.",
            kind: "QUALITY",
            weight: 40,
          },
        ],
      },
      {
        key: "sovereignty",
        name: "Souveraineté",
        description: "Les niveaux SEAL atteints par l'offre sur les objectifs du cadre de souveraineté du cloud.",
        kind: "SOVEREIGNTY",
        weight: 15,
      },
      {
        key: "openness",
        name: "Ouverture et réversibilité",
        description:
          "Licences open source, standards et formats ouverts, et facilité de reprise du service par un autre prestataire.",
        kind: "OPENNESS",
        weight: 10,
      },
    ],
    qualityScale: QUALITY_SCALE_FR,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 4,
  },
  guidance: [
    {
      section: "general",
      text:
        "Décidez d'abord si la suite doit être **hébergée** par le titulaire ou **exploitée dans votre propre " +
        "centre de données**. Les exigences et clauses conviennent aux deux ; REQ-06 et les niveaux de service ne " +
        "s'appliquent qu'à l'option hébergée. Pour faire chiffrer les deux options, prévoyez deux lots.",
    },
    {
      section: "lots",
      text:
        "Envisagez deux lots : la suite avec son hébergement ou son support, et la migration avec la formation. " +
        "Les entreprises spécialisées dans la migration peuvent alors répondre au seul second lot, ce qui élargit la concurrence.",
    },
    {
      section: "requirements",
      text:
        "Comptez vos utilisateurs, vos boîtes aux lettres et le volume des partages de fichiers avant la " +
        "publication, et indiquez-les dans les documents de la consultation : les soumissionnaires chiffrent la " +
        "migration sur cette base. N'ajoutez pas d'exigences qui décrivent les fonctions d'un produit ; décrivez " +
        "ce que vos agents doivent pouvoir faire.",
    },
    {
      section: "clauses",
      text:
        "Gardez obligatoire la clause de plan de sortie et de portabilité des données : les courriels et les " +
        "fichiers sont les données les plus difficiles à récupérer. Ajoutez la clause sur les clés de chiffrement " +
        "détenues par le pouvoir adjudicateur si vos courriels contiennent des informations classifiées.",
    },
    {
      section: "sovereignty",
      text:
        "Les niveaux minimaux découlent de données personnelles et confidentielles dans la messagerie (RGPD) et " +
        "d'une forte dépendance au titulaire une fois la suite adoptée. Si vous exploitez la suite vous-même, " +
        "l'objectif opérationnel (SOV-4) concerne votre propre équipe et peut rester au niveau proposé.",
    },
    {
      section: "criteria",
      text:
        "Évaluez le coût sur au moins quatre ans, migration et sortie comprises : le prix des abonnements seul " +
        "cache le coût du départ. Un poids de 40 % pour le coût laisse de la place pour récompenser la qualité et la souveraineté.",
    },
  ],
  licence: "CC-BY-4.0",
};
