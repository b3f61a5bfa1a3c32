import { defineClause } from "./define-clause";
import { COMPLY_OR_EXPLAIN, EIF, SOFTWARE_AND_IT_SERVICES, directive } from "./sources";

export const openStandardsCollaboration = defineClause({
  key: "open-standards-collaboration",
  version: 1,
  category: "OPEN_STANDARDS",
  topics: ["OPEN_STANDARDS", "INTEROPERABILITY"],
  status: "OPTIONAL",
  applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: SOFTWARE_AND_IT_SERVICES },
  parameters: [
    {
      name: "collaborationStandards",
      kind: "STANDARDS",
      required: true,
      areas: ["COLLABORATION", "MESSAGING"],
      minItems: 1,
      default: ["SMTP", "IMAP", "CALDAV", "CARDDAV", "WEBDAV"],
    },
  ],
  legalBasis: [directive("Art. 42(3) (reference to standards)")],
  sources: [EIF, COMPLY_OR_EXPLAIN],
  content: {
    en: {
      title: "Open standards for e-mail, calendars, contacts, files and messaging",
      body: `1. The solution offers its e-mail, calendar, contact, file and messaging functions through {{collaborationStandards}}, so that users may work with any compliant client program on any operating system, including free ones.
2. Using these standards requires no additional licence, plug-in or connector from a particular vendor, and they give access to the same data as the Contractor's own clients.
3. Users can exchange invitations, contacts and files with people in other organisations that use different products, without conversion by hand.`,
      guidance: {
        why: "Collaboration suites are a common source of lock-in: when only the vendor's own clients work, every desktop, phone and future system depends on that vendor. Open protocols keep clients and servers replaceable independently.",
        whenToUse: "When buying or renewing e-mail, calendar, file sharing, chat or office collaboration services.",
        pitfalls:
          "A standard that is supported 'on request' or only for some mailboxes is not enough: ask for it in the technical requirements and test it. Do not require compatibility with a particular client product; require the protocols.",
      },
      parameters: {
        collaborationStandards: {
          label: "Collaboration standards",
          hint: "For example IMAP and SMTP for e-mail, CalDAV and CardDAV for calendars and contacts, WebDAV for files, Matrix or XMPP for chat.",
        },
      },
    },
    fr: {
      title: "Normes ouvertes pour la messagerie, les agendas, les contacts, les fichiers et la messagerie instantanée",
      body: `1. La solution offre ses fonctions de messagerie, d'agenda, de contacts, de fichiers et de messagerie instantanée au moyen des normes {{collaborationStandards}}, afin que les utilisateurs puissent travailler avec tout client conforme, sur tout système d'exploitation, y compris des clients libres.
2. L'utilisation de ces normes ne nécessite aucune licence, extension ou connecteur supplémentaire d'un éditeur particulier, et donne accès aux mêmes données que les clients du titulaire.
3. Les utilisateurs peuvent échanger invitations, contacts et fichiers avec des personnes d'autres organisations qui utilisent d'autres produits, sans conversion manuelle.`,
      guidance: {
        why: "Les suites collaboratives sont une source fréquente de verrouillage : quand seuls les clients de l'éditeur fonctionnent, chaque poste, chaque téléphone et chaque système futur dépend de lui. Des protocoles ouverts permettent de remplacer clients et serveurs indépendamment.",
        whenToUse:
          "Lors de l'achat ou du renouvellement de services de messagerie, d'agenda, de partage de fichiers, de discussion ou de bureautique collaborative.",
        pitfalls:
          "Une norme prise en charge « sur demande » ou pour certaines boîtes seulement ne suffit pas : exigez-la dans les exigences techniques et testez-la. N'exigez pas la compatibilité avec un client particulier ; exigez les protocoles.",
      },
      parameters: {
        collaborationStandards: {
          label: "Normes de collaboration",
          hint: "Par exemple IMAP et SMTP pour la messagerie, CalDAV et CardDAV pour les agendas et contacts, WebDAV pour les fichiers, Matrix ou XMPP pour la discussion.",
        },
      },
    },
    de: {
      title: "Offene Standards für E-Mail, Kalender, Kontakte, Dateien und Nachrichten",
      body: `1. Die Lösung bietet ihre E-Mail-, Kalender-, Kontakt-, Datei- und Nachrichtenfunktionen über {{collaborationStandards}} an, sodass die Nutzenden mit jedem standardkonformen Client auf jedem Betriebssystem arbeiten können, auch mit freien Clients.
2. Die Nutzung dieser Standards erfordert keine zusätzliche Lizenz, Erweiterung oder Anbindung eines bestimmten Herstellers und gibt Zugriff auf dieselben Daten wie die eigenen Clients des Auftragnehmers.
3. Die Nutzenden können Einladungen, Kontakte und Dateien mit Personen anderer Organisationen austauschen, die andere Produkte verwenden, ohne manuelle Umwandlung.`,
      guidance: {
        why: "Kollaborationssuiten sind eine häufige Quelle von Abhängigkeit: Funktionieren nur die Clients des Herstellers, hängen jeder Arbeitsplatz, jedes Telefon und jedes künftige System von ihm ab. Offene Protokolle halten Clients und Server unabhängig voneinander austauschbar.",
        whenToUse:
          "Bei Beschaffung oder Verlängerung von Diensten für E-Mail, Kalender, Dateiaustausch, Chat oder Büro-Zusammenarbeit.",
        pitfalls:
          "Ein Standard, der nur „auf Anfrage“ oder nur für einige Postfächer unterstützt wird, genügt nicht: Fordern Sie ihn in den technischen Anforderungen und testen Sie ihn. Verlangen Sie keine Kompatibilität mit einem bestimmten Client-Produkt, sondern die Protokolle.",
      },
      parameters: {
        collaborationStandards: {
          label: "Standards für die Zusammenarbeit",
          hint: "Zum Beispiel IMAP und SMTP für E-Mail, CalDAV und CardDAV für Kalender und Kontakte, WebDAV für Dateien, Matrix oder XMPP für Chat.",
        },
      },
    },
  },
});
