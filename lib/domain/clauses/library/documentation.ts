import { defineClause } from "./define-clause";
import { ANY_TENDER, CLOUD_SOVEREIGNTY_FRAMEWORK, STANDARD_FOR_PUBLIC_CODE, directive } from "./sources";

export const documentation = defineClause({
  key: "documentation",
  version: 1,
  category: "DOCUMENTATION",
  topics: ["DOCUMENTATION"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [{ name: "updateDays", kind: "DAYS", required: true, min: 0, max: 90, default: 10 }],
  legalBasis: [directive("Art. 42(1) (technical specifications)")],
  sources: [STANDARD_FOR_PUBLIC_CODE, CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Documentation",
      body: `1. The Contractor provides and maintains:
   - user documentation for each kind of user, in the language(s) of the procurement documents;
   - administration and operations documentation: installation, configuration, monitoring, backup and restore, upgrades;
   - architecture documentation: components, data model, data flows, external dependencies and the reasons for the main design decisions;
   - documentation of every interface, including machine-readable API descriptions;
   - a changelog for each release.
2. Technical documentation is kept as text files under version control with the source code, in an open format (for example Markdown or AsciiDoc), and published with it where the code is public.
3. Documentation is brought up to date no later than {{updateDays}} after each release that changes what it describes. Out-of-date documentation is treated as a defect.`,
      guidance: {
        why: "Knowledge that lives only in the supplier's heads leaves with the supplier. Current documentation is what makes maintenance by someone else, audits, and a change of supplier possible at a reasonable cost.",
        whenToUse:
          "In every contract for software development, integration or operation. Shorten the list for small purchases rather than dropping the clause.",
        pitfalls:
          "Documentation delivered once as a PDF at acceptance goes stale within months. Ask for the reasons behind design decisions, not only the result. Check that the documentation is actually usable by testing it with someone who did not write it.",
      },
      parameters: {
        updateDays: {
          label: "Time to update the documentation after a release",
          hint: "Calendar days; 0 means together with the release.",
        },
      },
    },
    fr: {
      title: "Documentation",
      body: `1. Le titulaire fournit et tient à jour :
   - une documentation utilisateur pour chaque type d'utilisateur, dans la ou les langues des documents de la consultation ;
   - une documentation d'administration et d'exploitation : installation, configuration, supervision, sauvegarde et restauration, mises à niveau ;
   - une documentation d'architecture : composants, modèle de données, flux de données, dépendances externes et raisons des principaux choix de conception ;
   - la documentation de chaque interface, y compris des descriptions d'API lisibles par machine ;
   - un journal des modifications pour chaque version.
2. La documentation technique est tenue sous forme de fichiers texte en gestion de versions avec le code source, dans un format ouvert (par exemple Markdown ou AsciiDoc), et publiée avec lui lorsque le code est public.
3. La documentation est mise à jour au plus tard {{updateDays}} après chaque version qui modifie ce qu'elle décrit. Une documentation obsolète est traitée comme une anomalie.`,
      guidance: {
        why: "Un savoir qui n'existe que dans la tête des équipes du prestataire part avec lui. Une documentation à jour rend possibles, à un coût raisonnable, la maintenance par un tiers, les audits et le changement de prestataire.",
        whenToUse:
          "Dans tout marché de développement, d'intégration ou d'exploitation de logiciels. Pour les petits achats, raccourcissez la liste plutôt que de supprimer la clause.",
        pitfalls:
          "Une documentation remise une seule fois en PDF à la réception est périmée en quelques mois. Demandez les raisons des choix de conception, pas seulement le résultat. Vérifiez que la documentation est réellement utilisable en la faisant tester par quelqu'un qui ne l'a pas écrite.",
      },
      parameters: {
        updateDays: {
          label: "Délai de mise à jour de la documentation après une version",
          hint: "Jours calendaires ; 0 signifie en même temps que la version.",
        },
      },
    },
    de: {
      title: "Dokumentation",
      body: `1. Der Auftragnehmer liefert und pflegt:
   - Benutzerdokumentation für jede Art von Nutzenden, in der Sprache oder den Sprachen der Vergabeunterlagen;
   - Administrations- und Betriebsdokumentation: Installation, Konfiguration, Überwachung, Sicherung und Wiederherstellung, Aktualisierungen;
   - Architekturdokumentation: Komponenten, Datenmodell, Datenflüsse, externe Abhängigkeiten und die Gründe für die wesentlichen Entwurfsentscheidungen;
   - die Dokumentation jeder Schnittstelle, einschließlich maschinenlesbarer API-Beschreibungen;
   - ein Änderungsprotokoll für jede Version.
2. Die technische Dokumentation wird als Textdateien unter Versionsverwaltung zusammen mit dem Quellcode geführt, in einem offenen Format (etwa Markdown oder AsciiDoc), und mit ihm veröffentlicht, wenn der Code öffentlich ist.
3. Die Dokumentation wird spätestens {{updateDays}} nach jeder Version aktualisiert, die das Beschriebene ändert. Veraltete Dokumentation gilt als Mangel.`,
      guidance: {
        why: "Wissen, das nur in den Köpfen des Dienstleisters existiert, geht mit ihm. Aktuelle Dokumentation macht Pflege durch andere, Prüfungen und einen Dienstleisterwechsel zu vertretbaren Kosten möglich.",
        whenToUse:
          "In jedem Vertrag über Entwicklung, Integration oder Betrieb von Software. Kürzen Sie bei kleinen Beschaffungen die Liste, statt die Klausel wegzulassen.",
        pitfalls:
          "Einmal bei der Abnahme als PDF gelieferte Dokumentation veraltet binnen Monaten. Verlangen Sie die Gründe für Entwurfsentscheidungen, nicht nur das Ergebnis. Prüfen Sie die Brauchbarkeit, indem jemand sie testet, der sie nicht geschrieben hat.",
      },
      parameters: {
        updateDays: {
          label: "Frist für die Aktualisierung der Dokumentation nach einer Version",
          hint: "Kalendertage; 0 bedeutet zusammen mit der Version.",
        },
      },
    },
  },
});
