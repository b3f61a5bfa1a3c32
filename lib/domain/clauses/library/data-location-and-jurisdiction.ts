import { defineClause } from "./define-clause";
import { CLOUD_SOVEREIGNTY_FRAMEWORK, SOFTWARE_AND_IT_SERVICES, dataAct, gdpr } from "./sources";

export const dataLocationAndJurisdiction = defineClause({
  key: "data-location-and-jurisdiction",
  version: 1,
  category: "DATA_PROTECTION_AND_LOCATION",
  topics: ["DATA_LOCATION_AND_JURISDICTION"],
  status: "RECOMMENDED",
  applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: SOFTWARE_AND_IT_SERVICES },
  parameters: [
    {
      name: "location",
      kind: "CHOICE",
      required: true,
      options: ["EU", "EEA", "AUTHORITY_MEMBER_STATE"],
      default: "EU",
    },
  ],
  legalBasis: [
    gdpr("Art. 28 (processor) and Chapter V (transfers to third countries)"),
    dataAct("Art. 32 (international governmental access to non-personal data)"),
  ],
  sources: [CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Data location and jurisdiction",
      body: `1. The Contractor stores and processes the Contracting Authority's data, including backups, logs, metadata and telemetry, only in data centres located {{location}}. Remote access from elsewhere, including for support, requires the Contracting Authority's prior written consent for each case or category of cases.
2. The Contractor names in its tender every location and every subcontractor involved in storing or processing the data, and the law each of them is subject to.
3. If an authority of a third country requests access to the Contracting Authority's data, the Contractor does not grant it unless an international agreement or Union law requires it. It informs the Contracting Authority before responding, unless that is prohibited, and challenges requests that appear unlawful.
4. The contract is governed by the law of the Contracting Authority's Member State, and its courts have exclusive jurisdiction.`,
      guidance: {
        why: "Where data is held, and under which laws those who hold it fall, decides who can be compelled to hand it over. Keeping data in the EU and under EU law protects personal data, confidential information and the continuity of public services from foreign legal orders.",
        whenToUse:
          "For hosting, cloud and software-as-a-service contracts, and whenever the supplier will hold the authority's data. Use the stricter options for sensitive or classified data.",
        pitfalls:
          "Location alone is not enough: a provider headquartered outside the EU may be subject to foreign laws with extraterritorial reach even for EU data centres; ask about jurisdiction too. Remember metadata, logs and support access. Requirements must be justified by the subject matter and must not discriminate on nationality alone.",
      },
      parameters: {
        location: {
          label: "Where the data may be held",
          options: {
            EU: "in the European Union",
            EEA: "in the European Economic Area",
            AUTHORITY_MEMBER_STATE: "in the Member State of the Contracting Authority",
          },
        },
      },
    },
    fr: {
      title: "Localisation des données et juridiction",
      body: `1. Le titulaire ne stocke et ne traite les données de l'acheteur, y compris les sauvegardes, journaux, métadonnées et données de télémétrie, que dans des centres de données situés {{location}}. Tout accès à distance depuis un autre lieu, y compris pour l'assistance, requiert l'accord écrit préalable de l'acheteur pour chaque cas ou catégorie de cas.
2. Le titulaire indique dans son offre chaque lieu et chaque sous-traitant intervenant dans le stockage ou le traitement des données, ainsi que le droit auquel chacun est soumis.
3. Si une autorité d'un pays tiers demande l'accès aux données de l'acheteur, le titulaire ne l'accorde que si un accord international ou le droit de l'Union l'exige. Il en informe l'acheteur avant de répondre, sauf interdiction, et conteste les demandes qui paraissent illégales.
4. Le marché est régi par le droit de l'État membre de l'acheteur, dont les juridictions sont seules compétentes.`,
      guidance: {
        why: "Le lieu où se trouvent les données, et le droit auquel sont soumis ceux qui les détiennent, déterminent qui peut être contraint de les livrer. Garder les données dans l'Union et sous le droit de l'Union protège les données personnelles, les informations confidentielles et la continuité des services publics face aux ordres juridiques étrangers.",
        whenToUse:
          "Pour les marchés d'hébergement, d'informatique en nuage et de logiciels en tant que service, et dès que le prestataire détiendra des données de l'acheteur. Retenez les options les plus strictes pour les données sensibles ou classifiées.",
        pitfalls:
          "La localisation ne suffit pas : un fournisseur dont le siège est hors de l'Union peut être soumis à des lois étrangères à portée extraterritoriale, même pour des centres de données situés dans l'Union ; interrogez aussi la juridiction. Pensez aux métadonnées, aux journaux et aux accès d'assistance. Les exigences doivent être justifiées par l'objet du marché et ne pas discriminer sur la seule nationalité.",
      },
      parameters: {
        location: {
          label: "Lieu où les données peuvent être conservées",
          options: {
            EU: "dans l'Union européenne",
            EEA: "dans l'Espace économique européen",
            AUTHORITY_MEMBER_STATE: "dans l'État membre de l'acheteur",
          },
        },
      },
    },
    de: {
      title: "Speicherort der Daten und Gerichtsstand",
      body: `1. Der Auftragnehmer speichert und verarbeitet die Daten des Auftraggebers, einschließlich Sicherungen, Protokollen, Metadaten und Telemetriedaten, ausschließlich in Rechenzentren {{location}}. Fernzugriffe von anderswo, auch zu Supportzwecken, bedürfen der vorherigen schriftlichen Zustimmung des Auftraggebers für jeden Fall oder jede Gruppe von Fällen.
2. Der Auftragnehmer benennt in seinem Angebot jeden Standort und jeden Unterauftragnehmer, der an Speicherung oder Verarbeitung der Daten beteiligt ist, sowie das Recht, dem jeder von ihnen unterliegt.
3. Verlangt eine Behörde eines Drittstaats Zugang zu den Daten des Auftraggebers, gewährt der Auftragnehmer ihn nur, wenn ein internationales Abkommen oder das Unionsrecht dies vorschreibt. Er unterrichtet den Auftraggeber vor seiner Antwort, sofern dies nicht verboten ist, und wehrt sich gegen Ersuchen, die rechtswidrig erscheinen.
4. Der Vertrag unterliegt dem Recht des Mitgliedstaats des Auftraggebers; ausschließlich zuständig sind dessen Gerichte.`,
      guidance: {
        why: "Wo Daten liegen und welchem Recht ihre Verwahrer unterliegen, entscheidet, wer zur Herausgabe gezwungen werden kann. Daten in der EU und unter EU-Recht zu halten, schützt personenbezogene Daten, vertrauliche Informationen und die Kontinuität öffentlicher Dienste vor fremden Rechtsordnungen.",
        whenToUse:
          "Für Hosting-, Cloud- und Software-as-a-Service-Verträge und immer dann, wenn der Dienstleister Daten des Auftraggebers hält. Wählen Sie für sensible oder eingestufte Daten die strengeren Optionen.",
        pitfalls:
          "Der Standort allein genügt nicht: Ein Anbieter mit Sitz außerhalb der EU kann auch für Rechenzentren in der EU ausländischen Gesetzen mit extraterritorialer Wirkung unterliegen; fragen Sie auch nach der Rechtshoheit. Denken Sie an Metadaten, Protokolle und Supportzugriffe. Anforderungen müssen durch den Auftragsgegenstand gerechtfertigt sein und dürfen nicht allein nach Staatsangehörigkeit unterscheiden.",
      },
      parameters: {
        location: {
          label: "Wo die Daten gespeichert werden dürfen",
          options: {
            EU: "in der Europäischen Union",
            EEA: "im Europäischen Wirtschaftsraum",
            AUTHORITY_MEMBER_STATE: "im Mitgliedstaat des Auftraggebers",
          },
        },
      },
    },
  },
});
