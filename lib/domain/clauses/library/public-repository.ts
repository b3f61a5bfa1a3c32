import { defineClause } from "./define-clause";
import {
  AGID_GUIDELINES,
  ANY_TENDER,
  CODE_EUROPA_EU,
  OPEN_UNLESS,
  PUBLICCODE_YML,
  PUBLIC_MONEY_PUBLIC_CODE,
  REUSE_SPEC,
  STANDARD_FOR_PUBLIC_CODE,
  directive,
} from "./sources";

export const publicRepository = defineClause({
  key: "public-repository",
  version: 1,
  category: "SOURCE_CODE",
  topics: ["PUBLIC_REPOSITORY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [
    { name: "publicationDays", kind: "DAYS", required: true, min: 0, max: 365, default: 30 },
    { name: "platform", kind: "URL", required: true, default: "https://code.europa.eu" },
  ],
  legalBasis: [directive("Art. 70 (conditions for performance)")],
  sources: [
    PUBLIC_MONEY_PUBLIC_CODE,
    STANDARD_FOR_PUBLIC_CODE,
    OPEN_UNLESS,
    AGID_GUIDELINES,
    PUBLICCODE_YML,
    REUSE_SPEC,
    CODE_EUROPA_EU,
  ],
  content: {
    en: {
      title: "Development in a public repository",
      body: `Software paid for with public money is published as public code.

1. No later than {{publicationDays}} after the contract starts, the Contractor develops the software in a public repository on {{platform}}, or on another platform the Contracting Authority approves, in the Contracting Authority's name. The repository is the single place where development happens: no private copy runs ahead of it.
2. The repository contains a README, the licence, a \`publiccode.yml\` file describing the software, a changelog and licence information for every file following the REUSE specification. Issues are tracked publicly.
3. The following are kept out of the public repository and handed over through a private channel instead: passwords, keys and other secrets; personal data; configuration that would expose a specific installation to attack; and parts that the Contracting Authority designates in writing as confidential for security, fraud-prevention or third-party-rights reasons. Each exception is recorded with its reason and reviewed at each major release.
4. The Contractor checks every commit for secrets and personal data before it is published.`,
      guidance: {
        why: "Publishing from the start costs little, keeps the supplier's work visible, lets other administrations reuse and improve the software, and removes the authority's dependence on one copy held by one company. Several Member States now make this the default ('open unless').",
        whenToUse:
          "For software developed or adapted for the authority and licensed as open source. Leave it out only where the whole software is security-sensitive, and then record why.",
        pitfalls:
          "'Publish at the end' usually means 'never': set a date early in the contract. Security is a reason to hold back specific parts, not the whole code base. Name who owns the repository account (the authority, not the supplier).",
      },
      parameters: {
        publicationDays: {
          label: "Time before development is public",
          hint: "Calendar days after the contract starts; 0 means public from the first day.",
        },
        platform: {
          label: "Code hosting platform",
          hint: "The address of the platform, for example https://code.europa.eu or your national forge.",
        },
      },
    },
    fr: {
      title: "Développement dans un dépôt public",
      body: `Un logiciel payé par l'argent public est publié comme code public.

1. Au plus tard {{publicationDays}} après le début du marché, le titulaire développe le logiciel dans un dépôt public sur {{platform}}, ou sur une autre plateforme agréée par l'acheteur, au nom de l'acheteur. Le dépôt est le seul lieu du développement : aucune copie privée ne le devance.
2. Le dépôt contient un fichier README, la licence, un fichier \`publiccode.yml\` décrivant le logiciel, un journal des modifications et, pour chaque fichier, les informations de licence conformes à la spécification REUSE. Les tickets sont suivis publiquement.
3. Sont exclus du dépôt public et remis par un canal privé : les mots de passe, clés et autres secrets ; les données personnelles ; la configuration qui exposerait une installation particulière à des attaques ; les parties que l'acheteur désigne par écrit comme confidentielles pour des raisons de sécurité, de lutte contre la fraude ou de droits de tiers. Chaque exception est consignée avec sa justification et réexaminée à chaque version majeure.
4. Le titulaire vérifie l'absence de secrets et de données personnelles dans chaque contribution avant sa publication.`,
      guidance: {
        why: "Publier dès le départ coûte peu, rend le travail du prestataire visible, permet à d'autres administrations de réutiliser et d'améliorer le logiciel, et supprime la dépendance envers une copie unique détenue par une entreprise. Plusieurs États membres en font désormais la règle (« ouvert, sauf exception »).",
        whenToUse:
          "Pour les logiciels développés ou adaptés pour l'acheteur et placés sous licence libre. Ne l'écartez que si l'ensemble du logiciel est sensible pour la sécurité, et consignez-en la raison.",
        pitfalls:
          "« Publier à la fin » signifie souvent « jamais » : fixez une date tôt dans le marché. La sécurité justifie de retenir des parties précises, pas l'ensemble du code. Précisez qui détient le compte du dépôt (l'acheteur, pas le prestataire).",
      },
      parameters: {
        publicationDays: {
          label: "Délai avant que le développement soit public",
          hint: "Jours calendaires après le début du marché ; 0 signifie public dès le premier jour.",
        },
        platform: {
          label: "Plateforme d'hébergement du code",
          hint: "L'adresse de la plateforme, par exemple https://code.europa.eu ou votre forge nationale.",
        },
      },
    },
    de: {
      title: "Entwicklung in einem öffentlichen Repository",
      body: `Mit öffentlichen Mitteln bezahlte Software wird als öffentlicher Code veröffentlicht.

1. Spätestens {{publicationDays}} nach Vertragsbeginn entwickelt der Auftragnehmer die Software in einem öffentlichen Repository auf {{platform}} oder einer anderen vom Auftraggeber gebilligten Plattform, im Namen des Auftraggebers. Das Repository ist der einzige Ort der Entwicklung: Keine private Kopie ist ihm voraus.
2. Das Repository enthält eine README-Datei, die Lizenz, eine \`publiccode.yml\`-Datei zur Beschreibung der Software, ein Änderungsprotokoll und Lizenzangaben zu jeder Datei nach der REUSE-Spezifikation. Tickets werden öffentlich geführt.
3. Nicht in das öffentliche Repository gehören und stattdessen auf einem privaten Weg übergeben werden: Passwörter, Schlüssel und andere Geheimnisse; personenbezogene Daten; Konfiguration, die eine bestimmte Installation Angriffen aussetzen würde; sowie Teile, die der Auftraggeber aus Gründen der Sicherheit, der Betrugsbekämpfung oder der Rechte Dritter schriftlich als vertraulich bestimmt. Jede Ausnahme wird mit Begründung festgehalten und bei jeder Hauptversion überprüft.
4. Der Auftragnehmer prüft jeden Commit vor der Veröffentlichung auf Geheimnisse und personenbezogene Daten.`,
      guidance: {
        why: "Von Anfang an zu veröffentlichen kostet wenig, macht die Arbeit des Dienstleisters sichtbar, ermöglicht anderen Verwaltungen Nachnutzung und Verbesserung und beseitigt die Abhängigkeit von einer einzigen Kopie bei einem Unternehmen. Mehrere Mitgliedstaaten machen dies inzwischen zur Regel („offen, es sei denn“).",
        whenToUse:
          "Für Software, die für den Auftraggeber entwickelt oder angepasst und unter eine Open-Source-Lizenz gestellt wird. Verzichten Sie nur darauf, wenn die gesamte Software sicherheitsempfindlich ist, und halten Sie den Grund fest.",
        pitfalls:
          "„Am Ende veröffentlichen“ heißt meist „nie“: Setzen Sie früh im Vertrag einen Termin. Sicherheit rechtfertigt, bestimmte Teile zurückzuhalten, nicht den ganzen Code. Legen Sie fest, wem das Konto des Repositorys gehört (dem Auftraggeber, nicht dem Dienstleister).",
      },
      parameters: {
        publicationDays: {
          label: "Frist, bis die Entwicklung öffentlich ist",
          hint: "Kalendertage nach Vertragsbeginn; 0 bedeutet öffentlich ab dem ersten Tag.",
        },
        platform: {
          label: "Plattform für den Code",
          hint: "Die Adresse der Plattform, zum Beispiel https://code.europa.eu oder Ihre nationale Code-Plattform.",
        },
      },
    },
  },
});
