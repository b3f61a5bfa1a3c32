import { defineClause } from "./define-clause";
import { ANY_TENDER, CLOUD_SOVEREIGNTY_FRAMEWORK, directive } from "./sources";

export const supplyChainTransparency = defineClause({
  key: "supply-chain-transparency",
  version: 1,
  category: "GOVERNANCE",
  topics: ["SUPPLY_CHAIN_TRANSPARENCY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [{ name: "noticeDays", kind: "DAYS", required: true, min: 1, max: 180, default: 30 }],
  legalBasis: [directive("Art. 71 (subcontracting)")],
  sources: [CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Supply chain transparency",
      body: `1. The tender lists every subcontractor and every third-party service (hosting, support, software-as-a-service components, AI services) involved in delivering or running the solution, with the part of the work each performs, the country where it is performed, and the country where the subcontractor has its registered office and its ultimate parent company.
2. The Contractor keeps this list up to date and informs the Contracting Authority in writing at least {{noticeDays}} before adding or replacing a subcontractor or service, or before a change of control of the Contractor or of a critical subcontractor takes effect. The Contracting Authority may object on objective grounds, in particular security, data protection or the continuity of the service.
3. The Contractor passes on to its subcontractors the obligations of the contract that concern their part of the work, including those on licences, source code, security, data location and exit, and remains responsible for their performance.
4. On request, the Contractor gives the Contracting Authority or an auditor it appoints access to the information needed to verify this list.`,
      guidance: {
        why: "A solution can be open and hosted in the EU, yet depend on a subcontractor elsewhere that the authority never heard of. Knowing who actually does the work, and where, is the basis for judging security, data protection and sovereignty risks over the life of the contract.",
        whenToUse:
          "In contracts where the supplier relies on others to deliver or operate the solution, especially hosting, cloud and managed services.",
        pitfalls:
          "A list given in the tender goes stale: require notice of changes. Ask about ownership, not only registered office. Objections must rest on objective grounds linked to the contract, not on nationality alone.",
      },
      parameters: {
        noticeDays: { label: "Notice before a change of subcontractor", hint: "Calendar days." },
      },
    },
    fr: {
      title: "Transparence de la chaîne d'approvisionnement",
      body: `1. L'offre liste chaque sous-traitant et chaque service tiers (hébergement, assistance, composants fournis en tant que service, services d'IA) intervenant dans la fourniture ou l'exploitation de la solution, avec la part du travail qu'il exécute, le pays où elle est exécutée et le pays où se trouvent le siège du sous-traitant et sa société mère ultime.
2. Le titulaire tient cette liste à jour et informe l'acheteur par écrit au moins {{noticeDays}} avant d'ajouter ou de remplacer un sous-traitant ou un service, ou avant qu'un changement de contrôle du titulaire ou d'un sous-traitant critique ne prenne effet. L'acheteur peut s'y opposer pour des motifs objectifs, notamment de sécurité, de protection des données ou de continuité du service.
3. Le titulaire impose à ses sous-traitants les obligations du marché qui concernent leur part du travail, notamment celles relatives aux licences, au code source, à la sécurité, à la localisation des données et à la réversibilité, et reste responsable de leur exécution.
4. Sur demande, le titulaire donne à l'acheteur ou à l'auditeur qu'il désigne accès aux informations nécessaires pour vérifier cette liste.`,
      guidance: {
        why: "Une solution peut être ouverte et hébergée dans l'Union tout en dépendant d'un sous-traitant établi ailleurs dont l'acheteur n'a jamais entendu parler. Savoir qui fait réellement le travail, et où, est la base de l'appréciation des risques de sécurité, de protection des données et de souveraineté pendant toute la durée du marché.",
        whenToUse:
          "Dans les marchés où le prestataire s'appuie sur d'autres pour fournir ou exploiter la solution, en particulier l'hébergement, l'informatique en nuage et les services gérés.",
        pitfalls:
          "Une liste fournie dans l'offre vieillit : exigez d'être prévenu des changements. Interrogez sur l'actionnariat, pas seulement sur le siège. Les objections doivent reposer sur des motifs objectifs liés au marché, et non sur la seule nationalité.",
      },
      parameters: {
        noticeDays: { label: "Préavis avant un changement de sous-traitant", hint: "Jours calendaires." },
      },
    },
    de: {
      title: "Transparenz der Lieferkette",
      body: `1. Das Angebot führt jeden Unterauftragnehmer und jeden Drittdienst (Hosting, Support, als Dienst bereitgestellte Komponenten, KI-Dienste) auf, der an Lieferung oder Betrieb der Lösung beteiligt ist, mit dem jeweils übernommenen Teil der Leistung, dem Land, in dem dieser erbracht wird, und dem Land des Sitzes des Unterauftragnehmers und seiner obersten Muttergesellschaft.
2. Der Auftragnehmer hält diese Liste aktuell und unterrichtet den Auftraggeber schriftlich mindestens {{noticeDays}}, bevor er einen Unterauftragnehmer oder Dienst hinzufügt oder ersetzt oder bevor ein Kontrollwechsel beim Auftragnehmer oder einem kritischen Unterauftragnehmer wirksam wird. Der Auftraggeber kann aus sachlichen Gründen widersprechen, insbesondere aus Gründen der Sicherheit, des Datenschutzes oder der Kontinuität des Dienstes.
3. Der Auftragnehmer verpflichtet seine Unterauftragnehmer auf die Vertragspflichten, die ihren Teil der Leistung betreffen, darunter die zu Lizenzen, Quellcode, Sicherheit, Speicherort der Daten und Ausstieg, und bleibt für ihre Leistung verantwortlich.
4. Auf Verlangen gewährt der Auftragnehmer dem Auftraggeber oder einem von ihm bestellten Prüfer Zugang zu den Informationen, die zur Überprüfung dieser Liste nötig sind.`,
      guidance: {
        why: "Eine Lösung kann offen und in der EU gehostet sein und trotzdem von einem Unterauftragnehmer anderswo abhängen, von dem der Auftraggeber nie gehört hat. Zu wissen, wer die Arbeit tatsächlich erbringt und wo, ist die Grundlage, um Risiken für Sicherheit, Datenschutz und Souveränität über die Vertragslaufzeit zu beurteilen.",
        whenToUse:
          "In Verträgen, in denen der Dienstleister für Lieferung oder Betrieb auf andere zurückgreift, besonders bei Hosting, Cloud und Managed Services.",
        pitfalls:
          "Eine mit dem Angebot gelieferte Liste veraltet: Verlangen Sie die Anzeige von Änderungen. Fragen Sie nach den Eigentumsverhältnissen, nicht nur nach dem Sitz. Widersprüche müssen auf sachlichen, auftragsbezogenen Gründen beruhen, nicht allein auf der Staatsangehörigkeit.",
      },
      parameters: {
        noticeDays: { label: "Frist vor einem Wechsel des Unterauftragnehmers", hint: "Kalendertage." },
      },
    },
  },
});
