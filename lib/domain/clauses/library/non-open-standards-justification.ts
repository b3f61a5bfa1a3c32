import { defineClause } from "./define-clause";
import { ANY_TENDER, COMPLY_OR_EXPLAIN, EIF, STANDARD_FOR_PUBLIC_CODE, directive } from "./sources";

export const nonOpenStandardsJustification = defineClause({
  key: "non-open-standards-justification",
  version: 1,
  category: "OPEN_STANDARDS",
  topics: ["OPEN_STANDARDS"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [],
  legalBasis: [directive("Art. 42(2) (no unjustified obstacles to competition)"), directive("Art. 42(3)")],
  sources: [COMPLY_OR_EXPLAIN, EIF, STANDARD_FOR_PUBLIC_CODE],
  content: {
    en: {
      title: "Open standards first, exceptions explained",
      body: `1. For every interface, protocol and data or document format it uses, the solution follows an open standard where one exists that covers the need. An open standard here means a specification that is published and freely available, maintained through an open process, and implementable by anyone without royalties.
2. Where the Contractor proposes a specification that does not meet this definition, its tender names it, explains why no open standard covers the need, describes the consequences for the Contracting Authority (licences, dependencies, exit) and states how they will be limited.
3. Specifications accepted on that basis are listed in the documentation, reviewed at each major release, and replaced when a suitable open standard becomes available.`,
      guidance: {
        why: "Lists of required standards never cover everything. This clause sets the default for the rest ('open unless explained') and makes every exception a visible, argued decision instead of a silent dependency.",
        whenToUse:
          "In every software tender, next to the clauses that name specific standards. It mirrors the Dutch 'comply or explain' rule and Recommendation 8 of the European Interoperability Framework.",
        pitfalls:
          "An explanation is not an excuse: evaluate it. 'Widely used' is not the same as 'open'; many de facto standards are controlled by a single vendor. Keep the list of accepted exceptions in the contract documentation so that the next procurement starts from it.",
      },
      parameters: {},
    },
    fr: {
      title: "Normes ouvertes d'abord, exceptions justifiées",
      body: `1. Pour chaque interface, protocole et format de données ou de documents qu'elle utilise, la solution suit une norme ouverte lorsqu'il en existe une qui couvre le besoin. On entend ici par norme ouverte une spécification publiée et librement accessible, tenue à jour selon un processus ouvert et que chacun peut mettre en œuvre sans redevance.
2. Lorsque le titulaire propose une spécification qui ne répond pas à cette définition, son offre la désigne, explique pourquoi aucune norme ouverte ne couvre le besoin, décrit les conséquences pour l'acheteur (licences, dépendances, sortie) et indique comment elles seront limitées.
3. Les spécifications acceptées sur cette base sont listées dans la documentation, réexaminées à chaque version majeure et remplacées dès qu'une norme ouverte adaptée est disponible.`,
      guidance: {
        why: "Aucune liste de normes exigées ne couvre tout. Cette clause fixe la règle pour le reste (« ouvert, sauf justification ») et fait de chaque exception une décision visible et argumentée plutôt qu'une dépendance silencieuse.",
        whenToUse:
          "Dans tout marché de logiciels, à côté des clauses qui nomment des normes précises. Elle reprend la règle néerlandaise « appliquer ou expliquer » et la recommandation 8 du cadre d'interopérabilité européen.",
        pitfalls:
          "Une justification n'est pas une dispense : évaluez-la. « Largement utilisé » ne veut pas dire « ouvert » ; bien des normes de fait sont contrôlées par un seul éditeur. Conservez la liste des exceptions acceptées dans la documentation du marché, pour que la consultation suivante en parte.",
      },
      parameters: {},
    },
    de: {
      title: "Vorrang offener Standards, begründete Ausnahmen",
      body: `1. Für jede Schnittstelle, jedes Protokoll und jedes Daten- oder Dokumentformat, das sie verwendet, folgt die Lösung einem offenen Standard, sofern einer den Bedarf abdeckt. Offener Standard meint hier eine veröffentlichte, frei zugängliche Spezifikation, die in einem offenen Verfahren gepflegt wird und von allen ohne Lizenzgebühren umgesetzt werden kann.
2. Schlägt der Auftragnehmer eine Spezifikation vor, die dieser Definition nicht entspricht, benennt sein Angebot sie, erklärt, warum kein offener Standard den Bedarf abdeckt, beschreibt die Folgen für den Auftraggeber (Lizenzen, Abhängigkeiten, Ausstieg) und legt dar, wie sie begrenzt werden.
3. Auf dieser Grundlage akzeptierte Spezifikationen werden in der Dokumentation aufgeführt, bei jeder Hauptversion überprüft und ersetzt, sobald ein geeigneter offener Standard verfügbar ist.`,
      guidance: {
        why: "Keine Liste geforderter Standards deckt alles ab. Diese Klausel legt den Grundsatz für den Rest fest („offen, sofern nicht begründet“) und macht jede Ausnahme zu einer sichtbaren, begründeten Entscheidung statt zu einer stillen Abhängigkeit.",
        whenToUse:
          "In jeder Softwareausschreibung, neben den Klauseln, die bestimmte Standards nennen. Sie entspricht der niederländischen Regel „anwenden oder erklären“ und Empfehlung 8 des Europäischen Interoperabilitätsrahmens.",
        pitfalls:
          "Eine Begründung ist kein Freibrief: Bewerten Sie sie. „Weit verbreitet“ heißt nicht „offen“; viele De-facto-Standards kontrolliert ein einziger Hersteller. Halten Sie die Liste der akzeptierten Ausnahmen in der Vertragsdokumentation fest, damit die nächste Beschaffung daran anknüpft.",
      },
      parameters: {},
    },
  },
});
