import { defineClause } from "./define-clause";
import { ANY_TENDER, CLOUD_SOVEREIGNTY_FRAMEWORK, EIF, INTEROPERABLE_EUROPE_ACT, directive } from "./sources";

export const documentedApis = defineClause({
  key: "documented-apis",
  version: 1,
  category: "OPEN_STANDARDS",
  topics: ["OPEN_STANDARDS", "INTEROPERABILITY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [
    { name: "apiStandards", kind: "STANDARDS", required: true, areas: ["API"], minItems: 1, default: ["OPENAPI-3.1"] },
    { name: "noticeMonths", kind: "MONTHS", required: true, min: 1, max: 36, default: 12 },
  ],
  legalBasis: [directive("Art. 42(3) (reference to standards)"), INTEROPERABLE_EUROPE_ACT],
  sources: [EIF, CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Documented, open interfaces",
      body: `1. Every function available through the user interface is also available through a documented application programming interface (API), so that the Contracting Authority and third parties it designates can integrate, automate and migrate without the Contractor.
2. Each API is described in a machine-readable document following {{apiStandards}}, published with the software and kept in step with each release. The description is sufficient to build a working client without access to the source code.
3. APIs use open protocols and data formats. Access to them is included in the price and is not limited by extra licences, fees per call or rate limits below what normal use of the solution requires.
4. A change that breaks existing clients is announced at least {{noticeMonths}} before it takes effect, during which the previous version remains available.`,
      guidance: {
        why: "Interfaces decide whether the solution can work with the authority's other systems and be replaced later. Undocumented or paid-for interfaces are a classic lock-in: only the incumbent knows how to connect to the system.",
        whenToUse:
          "For any solution that exchanges data with other systems or could in future. For e-mail, calendar or identity functions, add the clauses naming the specific standards.",
        pitfalls:
          "An API that exists only for some functions or only in a premium edition does not solve lock-in. Check that rate limits and fees do not make bulk export impractical. Ask for the API description in the tender, not after award.",
      },
      parameters: {
        apiStandards: {
          label: "API description standard",
          hint: "Usually OpenAPI; AsyncAPI for event-driven interfaces.",
        },
        noticeMonths: {
          label: "Notice before a breaking change",
          hint: "Months during which the previous API version stays available.",
        },
      },
    },
    fr: {
      title: "Interfaces ouvertes et documentées",
      body: `1. Toute fonction accessible par l'interface utilisateur l'est aussi par une interface de programmation (API) documentée, afin que l'acheteur et les tiers qu'il désigne puissent intégrer, automatiser et migrer sans le titulaire.
2. Chaque API est décrite dans un document lisible par machine conforme à {{apiStandards}}, publié avec le logiciel et tenu à jour à chaque version. La description suffit pour construire un client fonctionnel sans accès au code source.
3. Les API utilisent des protocoles et formats de données ouverts. Leur accès est compris dans le prix et n'est limité ni par des licences supplémentaires, ni par une facturation à l'appel, ni par des plafonds d'appels inférieurs à ce qu'exige l'usage normal de la solution.
4. Toute modification qui rompt la compatibilité avec les clients existants est annoncée au moins {{noticeMonths}} avant sa prise d'effet ; pendant ce délai, la version précédente reste disponible.`,
      guidance: {
        why: "Les interfaces déterminent si la solution peut fonctionner avec les autres systèmes de l'acheteur et être remplacée plus tard. Des interfaces non documentées ou payantes sont un verrouillage classique : seul le titulaire sait se connecter au système.",
        whenToUse:
          "Pour toute solution qui échange des données avec d'autres systèmes ou pourrait le faire. Pour la messagerie, l'agenda ou l'identité, ajoutez les clauses qui nomment les normes correspondantes.",
        pitfalls:
          "Une API limitée à certaines fonctions ou réservée à une édition « premium » ne règle pas le verrouillage. Vérifiez que plafonds et tarifs ne rendent pas l'export en masse impraticable. Demandez la description de l'API dans l'offre, pas après l'attribution.",
      },
      parameters: {
        apiStandards: {
          label: "Norme de description des API",
          hint: "En général OpenAPI ; AsyncAPI pour les interfaces événementielles.",
        },
        noticeMonths: {
          label: "Préavis avant une rupture de compatibilité",
          hint: "Mois pendant lesquels la version précédente de l'API reste disponible.",
        },
      },
    },
    de: {
      title: "Dokumentierte, offene Schnittstellen",
      body: `1. Jede über die Benutzeroberfläche verfügbare Funktion ist auch über eine dokumentierte Programmierschnittstelle (API) verfügbar, damit der Auftraggeber und von ihm benannte Dritte ohne den Auftragnehmer integrieren, automatisieren und migrieren können.
2. Jede API ist in einem maschinenlesbaren Dokument nach {{apiStandards}} beschrieben, das mit der Software veröffentlicht und mit jeder Version aktualisiert wird. Die Beschreibung genügt, um ohne Zugang zum Quellcode einen funktionierenden Client zu bauen.
3. Die APIs verwenden offene Protokolle und Datenformate. Ihre Nutzung ist im Preis enthalten und wird weder durch zusätzliche Lizenzen noch durch Entgelte pro Aufruf noch durch Aufrufgrenzen beschränkt, die unter dem liegen, was die normale Nutzung der Lösung erfordert.
4. Eine Änderung, die bestehende Clients bricht, wird mindestens {{noticeMonths}} vor ihrem Wirksamwerden angekündigt; so lange bleibt die vorherige Version verfügbar.`,
      guidance: {
        why: "Schnittstellen entscheiden, ob die Lösung mit den anderen Systemen des Auftraggebers zusammenarbeitet und später ersetzt werden kann. Undokumentierte oder kostenpflichtige Schnittstellen sind eine klassische Abhängigkeit: Nur der bisherige Anbieter weiß, wie man das System anbindet.",
        whenToUse:
          "Für jede Lösung, die Daten mit anderen Systemen austauscht oder künftig austauschen könnte. Für E-Mail-, Kalender- oder Identitätsfunktionen ergänzen Sie die Klauseln mit den jeweiligen Standards.",
        pitfalls:
          "Eine API nur für einige Funktionen oder nur in einer Premium-Edition löst die Abhängigkeit nicht. Prüfen Sie, ob Aufrufgrenzen und Entgelte einen Massenexport praktisch verhindern. Verlangen Sie die API-Beschreibung mit dem Angebot, nicht erst nach dem Zuschlag.",
      },
      parameters: {
        apiStandards: {
          label: "Standard für die API-Beschreibung",
          hint: "In der Regel OpenAPI; AsyncAPI für ereignisgesteuerte Schnittstellen.",
        },
        noticeMonths: {
          label: "Vorankündigung vor einer inkompatiblen Änderung",
          hint: "Monate, in denen die vorherige API-Version verfügbar bleibt.",
        },
      },
    },
  },
});
