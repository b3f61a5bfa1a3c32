import { defineClause } from "./define-clause";
import { ANY_TENDER, EIF, INTEROPERABLE_EUROPE_ACT, SHARING_AND_REUSE, directive } from "./sources";

export const interoperabilityEif = defineClause({
  key: "interoperability-eif",
  version: 1,
  category: "INTEROPERABILITY",
  topics: ["INTEROPERABILITY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [
    {
      name: "semanticStandards",
      kind: "STANDARDS",
      required: false,
      areas: ["METADATA", "DATA"],
      default: ["SEMIC-CORE-VOCABULARIES"],
    },
  ],
  legalBasis: [directive("Art. 42(3) (reference to standards)"), INTEROPERABLE_EUROPE_ACT],
  sources: [EIF, SHARING_AND_REUSE],
  content: {
    en: {
      title: "Interoperability with other public services",
      body: `1. The solution is designed to exchange information with the Contracting Authority's other systems and with those of other public administrations, in line with the European Interoperability Framework (EIF). Its tender explains how the solution addresses the four EIF layers: legal, organisational, semantic and technical.
2. For the meaning of the data it exchanges, the solution reuses common vocabularies and reference data, in particular {{semanticStandards}}, instead of defining its own where a common one exists.
3. The solution is technology-neutral towards the systems it connects to: it does not require them to use products of a particular vendor.
4. Where the solution is part of a trans-European digital public service, the Contractor supports the Contracting Authority in the interoperability assessment required by the Interoperable Europe Act, by providing the technical information needed.`,
      guidance: {
        why: "Public services rarely stand alone: they must exchange data with registers, other authorities and other Member States. Building on the EIF and shared vocabularies avoids costly bespoke bridges and keeps the solution replaceable.",
        whenToUse:
          "For solutions that exchange data with other systems or administrations, especially services used across borders.",
        pitfalls:
          "Interoperability is not only a technical question: ask how legal and organisational differences are handled. Do not accept a supplier's private data model as the 'standard' for your sector without checking for a common vocabulary first.",
      },
      parameters: {
        semanticStandards: {
          label: "Common vocabularies",
          hint: "Shared vocabularies for the meaning of data, such as the SEMIC Core Vocabularies or DCAT-AP.",
        },
      },
    },
    fr: {
      title: "Interopérabilité avec les autres services publics",
      body: `1. La solution est conçue pour échanger des informations avec les autres systèmes de l'acheteur et avec ceux d'autres administrations, conformément au cadre d'interopérabilité européen (EIF). L'offre explique comment la solution traite les quatre niveaux de l'EIF : juridique, organisationnel, sémantique et technique.
2. Pour le sens des données qu'elle échange, la solution réutilise les vocabulaires et données de référence communs, en particulier {{semanticStandards}}, plutôt que de définir les siens lorsqu'un vocabulaire commun existe.
3. La solution est neutre sur le plan technologique envers les systèmes auxquels elle se connecte : elle ne leur impose pas d'utiliser les produits d'un éditeur particulier.
4. Lorsque la solution fait partie d'un service public numérique transeuropéen, le titulaire aide l'acheteur dans l'évaluation d'interopérabilité exigée par le règlement pour une Europe interopérable, en fournissant les informations techniques nécessaires.`,
      guidance: {
        why: "Les services publics fonctionnent rarement seuls : ils échangent des données avec des registres, d'autres autorités et d'autres États membres. S'appuyer sur l'EIF et sur des vocabulaires partagés évite des passerelles spécifiques coûteuses et garde la solution remplaçable.",
        whenToUse:
          "Pour les solutions qui échangent des données avec d'autres systèmes ou administrations, en particulier les services utilisés par-delà les frontières.",
        pitfalls:
          "L'interopérabilité n'est pas qu'une question technique : demandez comment les différences juridiques et organisationnelles sont traitées. N'acceptez pas le modèle de données privé d'un fournisseur comme « norme » de votre secteur sans avoir cherché d'abord un vocabulaire commun.",
      },
      parameters: {
        semanticStandards: {
          label: "Vocabulaires communs",
          hint: "Vocabulaires partagés pour le sens des données, comme les vocabulaires de base SEMIC ou DCAT-AP.",
        },
      },
    },
    de: {
      title: "Interoperabilität mit anderen öffentlichen Diensten",
      body: `1. Die Lösung ist darauf ausgelegt, Informationen mit den anderen Systemen des Auftraggebers und mit denen anderer öffentlicher Verwaltungen auszutauschen, im Einklang mit dem Europäischen Interoperabilitätsrahmen (EIF). Das Angebot erläutert, wie die Lösung die vier Ebenen des EIF berücksichtigt: rechtlich, organisatorisch, semantisch und technisch.
2. Für die Bedeutung der ausgetauschten Daten verwendet die Lösung gemeinsame Vokabulare und Referenzdaten, insbesondere {{semanticStandards}}, statt eigene zu definieren, wo ein gemeinsames existiert.
3. Die Lösung ist gegenüber den angebundenen Systemen technologieneutral: Sie verlangt von ihnen nicht, Produkte eines bestimmten Herstellers zu verwenden.
4. Ist die Lösung Teil eines transeuropäischen digitalen öffentlichen Dienstes, unterstützt der Auftragnehmer den Auftraggeber bei der nach der Verordnung für ein interoperables Europa erforderlichen Interoperabilitätsbewertung, indem er die nötigen technischen Informationen liefert.`,
      guidance: {
        why: "Öffentliche Dienste stehen selten allein: Sie tauschen Daten mit Registern, anderen Behörden und anderen Mitgliedstaaten aus. Wer auf dem EIF und gemeinsamen Vokabularen aufbaut, vermeidet teure Einzelbrücken und hält die Lösung austauschbar.",
        whenToUse:
          "Für Lösungen, die Daten mit anderen Systemen oder Verwaltungen austauschen, besonders für grenzüberschreitend genutzte Dienste.",
        pitfalls:
          "Interoperabilität ist nicht nur eine technische Frage: Fragen Sie, wie rechtliche und organisatorische Unterschiede behandelt werden. Akzeptieren Sie nicht das private Datenmodell eines Anbieters als „Standard“ Ihres Bereichs, ohne zuerst nach einem gemeinsamen Vokabular zu suchen.",
      },
      parameters: {
        semanticStandards: {
          label: "Gemeinsame Vokabulare",
          hint: "Gemeinsame Vokabulare für die Bedeutung von Daten, etwa die SEMIC Core Vocabularies oder DCAT-AP.",
        },
      },
    },
  },
});
