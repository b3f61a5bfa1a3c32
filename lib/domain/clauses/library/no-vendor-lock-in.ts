import { defineClause } from "./define-clause";
import {
  AGAINST_LOCK_IN,
  ANY_TENDER,
  CLOUD_SOVEREIGNTY_FRAMEWORK,
  OSOR_GUIDELINE,
  STANDARDS_BASED_ICT_GUIDE,
  directive,
} from "./sources";

export const noVendorLockIn = defineClause({
  key: "no-vendor-lock-in",
  version: 1,
  category: "INTEROPERABILITY",
  topics: ["NO_VENDOR_LOCK_IN", "INTEROPERABILITY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [],
  legalBasis: [directive("Art. 42(2) and (4) (equal access, no unjustified obstacles to competition)")],
  sources: [AGAINST_LOCK_IN, STANDARDS_BASED_ICT_GUIDE, OSOR_GUIDELINE, CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "No vendor lock-in",
      body: `1. All standards, interfaces, protocols, data and document formats and semantic assets that the solution uses, and that are needed to make full use of the data it creates or holds, are made available by the Contractor, at no extra cost, to the Contracting Authority and to any provider it chooses for a later contract, including providers of competing technology.
2. Any cost that arises because one of these elements is unavailable, or subject to licence restrictions or royalties, is borne by the Contractor.
3. The Contractor does not use technical measures (encryption of the Contracting Authority's data with keys it alone holds, undocumented formats, obfuscation, licence checks) that would prevent another provider from taking over the operation, maintenance or replacement of the solution.`,
      guidance: {
        why: "Lock-in rarely comes from one decision: it builds up through formats, interfaces and know-how that only the incumbent controls, until the next tender can only be won by the same company. This clause, modelled on the Commission's guidance on procuring IT, keeps every such element available to successors.",
        whenToUse:
          "In every software or IT service contract. It is the general rule; the clauses on open formats, APIs and exit give it practical detail.",
        pitfalls:
          "The clause is only as good as its enforcement: ask in the tender which elements are proprietary and check them at acceptance. Do not let it be read as covering only data; interfaces and semantic assets matter as much.",
      },
      parameters: {},
    },
    fr: {
      title: "Absence de verrouillage par le fournisseur",
      body: `1. Toutes les normes, interfaces, protocoles, formats de données et de documents et ressources sémantiques que la solution utilise, et qui sont nécessaires pour exploiter pleinement les données qu'elle crée ou conserve, sont mis à disposition par le titulaire, sans frais supplémentaires, de l'acheteur et de tout prestataire que celui-ci retient pour un marché ultérieur, y compris les fournisseurs de technologies concurrentes.
2. Tout coût résultant de l'indisponibilité de l'un de ces éléments, ou de restrictions de licence ou de redevances qui s'y appliquent, est à la charge du titulaire.
3. Le titulaire n'utilise pas de mesures techniques (chiffrement des données de l'acheteur avec des clés qu'il est seul à détenir, formats non documentés, obfuscation, contrôles de licence) qui empêcheraient un autre prestataire de reprendre l'exploitation, la maintenance ou le remplacement de la solution.`,
      guidance: {
        why: "Le verrouillage vient rarement d'une seule décision : il s'installe par des formats, des interfaces et un savoir-faire que seul le titulaire maîtrise, jusqu'à ce que seule la même entreprise puisse remporter le marché suivant. Cette clause, inspirée des orientations de la Commission sur l'achat informatique, garde chacun de ces éléments accessible aux successeurs.",
        whenToUse:
          "Dans tout marché de logiciels ou de services informatiques. C'est la règle générale ; les clauses sur les formats ouverts, les API et la réversibilité la précisent en pratique.",
        pitfalls:
          "La clause ne vaut que si elle est appliquée : demandez dans l'offre quels éléments sont propriétaires et vérifiez-les à la réception. Ne la laissez pas être lue comme ne visant que les données ; les interfaces et les ressources sémantiques comptent autant.",
      },
      parameters: {},
    },
    de: {
      title: "Keine Herstellerabhängigkeit",
      body: `1. Alle Standards, Schnittstellen, Protokolle, Daten- und Dokumentformate sowie semantischen Ressourcen, die die Lösung verwendet und die für die volle Nutzung der von ihr erzeugten oder gespeicherten Daten erforderlich sind, stellt der Auftragnehmer ohne Zusatzkosten dem Auftraggeber und jedem Anbieter zur Verfügung, den dieser für einen späteren Auftrag wählt, auch Anbietern konkurrierender Technologien.
2. Kosten, die entstehen, weil eines dieser Elemente nicht verfügbar ist oder Lizenzbeschränkungen oder Lizenzgebühren unterliegt, trägt der Auftragnehmer.
3. Der Auftragnehmer setzt keine technischen Maßnahmen ein (Verschlüsselung der Daten des Auftraggebers mit Schlüsseln, die nur er besitzt, undokumentierte Formate, Verschleierung, Lizenzprüfungen), die einen anderen Anbieter daran hindern würden, Betrieb, Pflege oder Ablösung der Lösung zu übernehmen.`,
      guidance: {
        why: "Abhängigkeit entsteht selten durch eine einzelne Entscheidung: Sie wächst über Formate, Schnittstellen und Wissen, die nur der bisherige Anbieter beherrscht, bis nur noch dasselbe Unternehmen die nächste Ausschreibung gewinnen kann. Diese Klausel, angelehnt an die Leitlinien der Kommission zur IT-Beschaffung, hält jedes dieser Elemente für Nachfolger verfügbar.",
        whenToUse:
          "In jedem Vertrag über Software oder IT-Dienstleistungen. Sie ist die allgemeine Regel; die Klauseln zu offenen Formaten, APIs und Ausstieg konkretisieren sie.",
        pitfalls:
          "Die Klausel wirkt nur, wenn sie durchgesetzt wird: Fragen Sie im Angebot ab, welche Elemente proprietär sind, und prüfen Sie sie bei der Abnahme. Lassen Sie nicht zu, dass sie nur auf Daten bezogen wird; Schnittstellen und semantische Ressourcen zählen ebenso.",
      },
      parameters: {},
    },
  },
});
