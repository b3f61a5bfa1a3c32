import type { TemplateContent } from "../../lib/domain/templates/template-content";
import { CUSTOM_SOFTWARE_V2 } from "./custom-software-v2";
import { QUALITY_SCALE_DE, requirements } from "./parts";

/**
 * The German translation of the custom software template (its version 2), published by the City
 * of Lindenau's OSPO: a translation may come from another authority than the original.
 */
export const CUSTOM_SOFTWARE_DE_NAME = "Entwicklung von Individualsoftware unter der EUPL-1.2";

export const CUSTOM_SOFTWARE_DE: TemplateContent = {
  summary:
    "Agile Entwicklung von Software, die für die Verwaltung entwickelt und unter der Europäischen " +
    "Public-Licence (EUPL-1.2) veröffentlicht wird: Das Repository gehört der Verwaltung ab dem ersten Sprint, " +
    "jede Version lässt sich allein aus dem Quellcode bauen, und am Vertragsende kann ein anderes Team " +
    "übernehmen. Geeignet für Fachverfahren, Bürgerdienste und interne Werkzeuge, die kein vorhandenes Produkt abdeckt.",
  intendedUse: CUSTOM_SOFTWARE_V2.intendedUse,
  clauses: CUSTOM_SOFTWARE_V2.clauses,
  requirements: requirements([
    [
      "MUST",
      "openness",
      "Sämtliche im Auftrag entwickelte Software wird dem Auftraggeber ab dem ersten Commit unter der EUPL-1.2 " +
        "lizenziert; der Auftraggeber darf sie jederzeit veröffentlichen.",
    ],
    [
      "MUST",
      "openness",
      "Quellcode, vollständige Versionsgeschichte und Ticketsystem liegen ab dem ersten Sprint in einem " +
        "Repository, das dem Auftraggeber gehört und von ihm verwaltet wird.",
    ],
    [
      "MUST",
      "architecture",
      "Jede Version lässt sich allein aus dem Repository nach der Bauanleitung bauen und bereitstellen, auch von " +
        "einer Person, die sie nicht geschrieben hat; der Auftraggeber prüft das vor der Abnahme.",
    ],
    [
      "MUST",
      "openness",
      "Komponenten Dritter stehen unter Lizenzen, die mit der EUPL-1.2 vereinbar sind, und werden mit Version " +
        "und Lizenz in einer Software-Stückliste (SPDX 2.3 oder CycloneDX 1.6) mit jeder Version geliefert.",
    ],
    [
      "MUST",
      "architecture",
      "Die Software erfüllt EN 301 549 (WCAG 2.1 Stufe AA). Barrierefreiheit wird in jedem Sprint automatisch " +
        "und vor jeder Version von einer Person mit assistiven Technologien geprüft.",
    ],
    [
      "MUST",
      "architecture",
      "Schnittstellen zu anderen Systemen sind in OpenAPI 3.1 beschrieben oder nutzen die in den " +
        "Vergabeunterlagen genannten offenen Standards; Daten lassen sich als CSV oder JSON exportieren.",
    ],
    [
      "SHOULD",
      "method",
      "Der Auftragnehmer arbeitet in Iterationen von zwei bis vier Wochen, zeigt am Ende jeder Iteration " +
        "lauffähige Software und lässt die Produktverantwortliche des Auftraggebers die Prioritäten setzen.",
    ],
    [
      "SHOULD",
      "method",
      "Nutzerinnen und Nutzer wirken an der Gestaltung mit: Der Auftragnehmer testet Prototypen mit " +
        "Beschäftigten sowie Bürgerinnen und Bürgern und berichtet, was er daraufhin geändert hat.",
    ],
    [
      "SHOULD",
      "architecture",
      "Automatisierte Tests decken die Fachregeln ab und laufen bei jeder Änderung; ihre Ergebnisse sind für " +
        "den Auftraggeber einsehbar.",
    ],
    [
      "SHOULD",
      "architecture",
      "Die Software läuft auf jedem Linux-Server und in Standard-OCI-Containern, ohne von einem Dienst " +
        "abzuhängen, den nur ein einziger Cloud-Anbieter anbietet.",
    ],
    [
      "SHOULD",
      "continuity",
      "Benutzer-, Betriebs- und Architekturdokumentation liegt neben dem Code im Repository, in Markdown oder " +
        "einem anderen offenen Format, und wird mit jeder Version aktualisiert.",
    ],
    [
      "SHOULD",
      "architecture",
      "Schwachstellen werden nach einer veröffentlichten Sicherheitsrichtlinie behandelt; bekannte " +
        "Schwachstellen in Abhängigkeiten werden mit jeder Version gemeldet.",
    ],
    [
      "SHOULD",
      "continuity",
      "Am Vertragsende können Beschäftigte des Auftraggebers oder ein anderer Auftragnehmer die Entwicklung " +
        "nach den Schulungen zum Wissenstransfer ohne weitere Hilfe des Auftragnehmers fortführen.",
    ],
    [
      "MAY",
      "openness",
      "Deckt vorhandene Open-Source-Software einen Teil des Bedarfs, nutzt und verbessert der Auftragnehmer sie, " +
        "statt neuen Code zu schreiben, und bietet die Verbesserungen den Maintainern an.",
    ],
    [
      "MAY",
      "openness",
      "Die Software wird mit einer publiccode.yml-Datei auf einer öffentlichen Code-Plattform veröffentlicht, " +
        "damit andere Verwaltungen sie finden und nachnutzen können.",
    ],
    [
      "SHOULD",
      "architecture",
      "Builds sind reproduzierbar: Wird dieselbe Version zweimal aus dem Repository gebaut, entstehen identische " +
        "Artefakte; jede Version ist signiert, damit ihre Herkunft geprüft werden kann.",
    ],
  ]),
  sovereignty: CUSTOM_SOFTWARE_V2.sovereignty,
  award: {
    ...CUSTOM_SOFTWARE_V2.award!,
    qualityScale: QUALITY_SCALE_DE,
    criteria: [
      {
        key: "cost",
        name: "Preis für Entwicklung und Wartung",
        description: "Der Festpreis der ersten Version und die Tagessätze für weitere Arbeiten laut Preisblatt.",
        kind: "COST",
        weight: 30,
        costFormula: "F2",
      },
      {
        key: "quality",
        name: "Qualität",
        kind: "QUALITY",
        weight: 40,
        children: [
          {
            key: "method",
            name: "Vorgehen und Team",
            description:
              "Wie das Team mit der Produktverantwortlichen und den Nutzenden arbeitet, und die Erfahrung der angebotenen Personen.",
            kind: "QUALITY",
            weight: 40,
          },
          {
            key: "architecture",
            name: "Architektur, Codequalität und Sicherheit",
            description: "Die vorgeschlagene Architektur, Tests, Barrierefreiheit und Sicherheitspraktiken.",
            kind: "QUALITY",
            weight: 35,
          },
          {
            key: "continuity",
            name: "Dokumentation und Übergabe",
            description: "Wie ein anderes Team die Software nach Vertragsende warten und weiterentwickeln kann.",
            kind: "QUALITY",
            weight: 25,
          },
        ],
      },
      {
        key: "openness",
        name: "Offenheit",
        description:
          "Nachnutzung vorhandener Open-Source-Software, Beiträge an die Projekte, offene Standards und Formate.",
        kind: "OPENNESS",
        weight: 20,
      },
      {
        key: "sovereignty",
        name: "Souveränität",
        description: "Die SEAL-Stufen, die das Angebot bei den Zielen des Cloud Sovereignty Framework erreicht.",
        kind: "SOVEREIGNTY",
        weight: 10,
      },
    ],
  },
  guidance: [
    {
      section: "general",
      text:
        "Benennen Sie vor der Veröffentlichung eine Produktverantwortliche in Ihrer Verwaltung: Agile Entwicklung " +
        "scheitert ohne jemanden, der in jedem Sprint Prioritäten setzt. Planen Sie ihre Zeit ein.",
    },
    {
      section: "scope",
      text:
        "Beschreiben Sie das Problem und die Nutzenden, nicht die Bildschirme. Eine kurze Liste von Bedürfnissen " +
        "(„als Sachbearbeiterin muss ich …“) erlaubt realistische Vorschläge für die erste Version.",
    },
    {
      section: "clauses",
      text:
        "Die Klauseln zu Lizenz, Quellcodeübergabe und Komponenten Dritter machen die Software zu Ihrer; lassen " +
        "Sie sie verpflichtend. Die Klausel zur Rechteübertragung brauchen Sie nur, wo das nationale Recht eine " +
        "ausdrückliche Übertragung verlangt.",
    },
    {
      section: "criteria",
      text:
        "Bei Individualentwicklung zählt das Team mehr als der Preis: Eine Preisgewichtung um 30 % ist üblich. " +
        "Verlangen Sie einen Festpreis für die erste Version und Tagessätze für den Rest, und bewerten Sie beides.",
    },
    {
      section: "requirements",
      text:
        "REQ-03 (Bau allein aus dem Repository) schützt am besten vor der Abhängigkeit von einem Anbieter: Prüfen " +
        "Sie es selbst bei der ersten Version, nicht erst am Vertragsende.",
    },
    {
      section: "about",
      text:
        "Schätzen Sie den Auftragswert aus dem erwarteten Team (zum Beispiel vier Personen über achtzehn Monate) " +
        "mal marktübliche Tagessätze, zuzüglich Wartung für die Verlängerungsjahre: Der geschätzte Wert umfasst " +
        "Optionen und Verlängerungen (Richtlinie 2014/24/EU, Art. 5).",
    },
  ],
  licence: "EUPL-1.2",
};
