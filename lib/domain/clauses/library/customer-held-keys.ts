import { defineClause } from "./define-clause";
import { CLOUD_SOVEREIGNTY_FRAMEWORK, SOFTWARE_AND_IT_SERVICES, gdpr } from "./sources";

export const customerHeldKeys = defineClause({
  key: "customer-held-keys",
  version: 1,
  category: "DATA_PROTECTION_AND_LOCATION",
  topics: ["DATA_LOCATION_AND_JURISDICTION", "SECURITY"],
  status: "OPTIONAL",
  applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: SOFTWARE_AND_IT_SERVICES },
  parameters: [],
  legalBasis: [gdpr("Art. 32 (security of processing)")],
  sources: [CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Encryption keys held by the Contracting Authority",
      body: `1. The Contracting Authority's data is encrypted at rest and in transit with current, openly specified algorithms.
2. The keys that protect the data at rest are generated, held and managed by the Contracting Authority, or by a key management service it chooses, separately from the Contractor's infrastructure. The Contractor cannot read the data without the Contracting Authority's cooperation, except while processing it on the Contracting Authority's instructions.
3. Every use of the keys is logged, and the logs are available to the Contracting Authority in real time.
4. Revoking the keys makes the data permanently unreadable to the Contractor; the Contractor documents how this provides verifiable deletion at the end of the contract.`,
      guidance: {
        why: "Whoever holds the keys controls the data. Keys held by the authority limit what the provider, its subcontractors or a foreign authority can obtain from the provider, and make deletion at the end of the contract verifiable.",
        whenToUse:
          "For cloud or hosting services that store sensitive or confidential data, especially where the provider is subject to non-EU law.",
        pitfalls:
          "Some services cannot process data that they cannot decrypt; check which functions still work. Holding keys is an operational responsibility: plan key backup and rotation, or the authority may lock itself out.",
      },
      parameters: {},
    },
    fr: {
      title: "Clés de chiffrement détenues par l'acheteur",
      body: `1. Les données de l'acheteur sont chiffrées au repos et en transit avec des algorithmes actuels et publiquement spécifiés.
2. Les clés qui protègent les données au repos sont générées, détenues et gérées par l'acheteur, ou par un service de gestion de clés de son choix, séparément de l'infrastructure du titulaire. Le titulaire ne peut lire les données sans le concours de l'acheteur, sauf pendant leur traitement sur instruction de celui-ci.
3. Chaque utilisation des clés est journalisée, et les journaux sont accessibles à l'acheteur en temps réel.
4. La révocation des clés rend les données définitivement illisibles pour le titulaire ; le titulaire documente comment cela permet une suppression vérifiable en fin de marché.`,
      guidance: {
        why: "Qui détient les clés maîtrise les données. Des clés détenues par l'acheteur limitent ce que le fournisseur, ses sous-traitants ou une autorité étrangère peuvent obtenir auprès du fournisseur, et rendent la suppression en fin de marché vérifiable.",
        whenToUse:
          "Pour les services en nuage ou d'hébergement qui conservent des données sensibles ou confidentielles, en particulier lorsque le fournisseur est soumis à un droit hors de l'Union.",
        pitfalls:
          "Certains services ne peuvent traiter des données qu'ils ne peuvent déchiffrer ; vérifiez quelles fonctions restent disponibles. Détenir les clés est une responsabilité opérationnelle : prévoyez leur sauvegarde et leur renouvellement, faute de quoi l'acheteur risque de s'enfermer dehors.",
      },
      parameters: {},
    },
    de: {
      title: "Schlüssel beim Auftraggeber",
      body: `1. Die Daten des Auftraggebers werden im Ruhezustand und bei der Übertragung mit aktuellen, offen spezifizierten Verfahren verschlüsselt.
2. Die Schlüssel für die ruhenden Daten werden vom Auftraggeber oder einem von ihm gewählten Schlüsselverwaltungsdienst erzeugt, verwahrt und verwaltet, getrennt von der Infrastruktur des Auftragnehmers. Ohne Mitwirkung des Auftraggebers kann der Auftragnehmer die Daten nicht lesen, außer während ihrer Verarbeitung auf Weisung des Auftraggebers.
3. Jede Verwendung der Schlüssel wird protokolliert; die Protokolle stehen dem Auftraggeber in Echtzeit zur Verfügung.
4. Der Widerruf der Schlüssel macht die Daten für den Auftragnehmer dauerhaft unlesbar; der Auftragnehmer dokumentiert, wie dies eine nachprüfbare Löschung zum Vertragsende ermöglicht.`,
      guidance: {
        why: "Wer die Schlüssel hält, beherrscht die Daten. Schlüssel beim Auftraggeber begrenzen, was der Anbieter, seine Unterauftragnehmer oder eine ausländische Behörde beim Anbieter erlangen können, und machen die Löschung zum Vertragsende nachprüfbar.",
        whenToUse:
          "Für Cloud- oder Hosting-Dienste, die sensible oder vertrauliche Daten speichern, besonders wenn der Anbieter Recht außerhalb der EU unterliegt.",
        pitfalls:
          "Manche Dienste können Daten, die sie nicht entschlüsseln können, nicht verarbeiten; prüfen Sie, welche Funktionen bleiben. Schlüssel zu halten ist eine betriebliche Verantwortung: Planen Sie Sicherung und Wechsel der Schlüssel, sonst sperrt sich der Auftraggeber womöglich selbst aus.",
      },
      parameters: {},
    },
  },
});
