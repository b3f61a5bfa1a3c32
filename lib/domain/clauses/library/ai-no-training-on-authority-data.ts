import { defineClause } from "./define-clause";
import { AI_ACT, ANY_TENDER, CLOUD_SOVEREIGNTY_FRAMEWORK, gdpr } from "./sources";

export const aiNoTrainingOnAuthorityData = defineClause({
  key: "ai-no-training-on-authority-data",
  version: 1,
  category: "AI",
  topics: ["AI_OPENNESS", "DATA_LOCATION_AND_JURISDICTION"],
  status: "OPTIONAL",
  applicability: ANY_TENDER,
  parameters: [{ name: "retentionDays", kind: "DAYS", required: true, min: 0, max: 90, default: 30 }],
  legalBasis: [gdpr("Art. 5(1)(b) (purpose limitation) and Art. 28 (processor)"), AI_ACT],
  sources: [CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "AI services: no training on the Contracting Authority's data",
      body: `1. The Contractor, its subcontractors and the providers of any AI service used in the solution do not use the Contracting Authority's data, including prompts, documents submitted and generated outputs, to train, fine-tune or evaluate models for any purpose other than the Contracting Authority's own service, unless the Contracting Authority has agreed in writing.
2. Prompts and outputs are kept no longer than {{retentionDays}} unless the Contracting Authority asks for longer retention, and are deleted after that period, including from logs kept for abuse monitoring.
3. Where a model is fine-tuned for the Contracting Authority, the resulting weights, the training configuration and a description of the data used are deliverables, licensed like the other deliverables.
4. The Contractor documents, for each AI function, which model is used, where it runs, and what data leaves the Contracting Authority's environment.`,
      guidance: {
        why: "Text sent to an AI service can end up in the provider's next model, where it may be reproduced for others. Excluding this use, limiting retention and owning any fine-tuned model keep the authority's information confidential and its investment reusable.",
        whenToUse:
          "When the solution calls external AI services (chat, summarising, translation, recognition) or fine-tunes models with the authority's data.",
        pitfalls:
          "Default terms of many AI services allow training on customer data unless the customer opts out; the contract must exclude it for every provider in the chain. Abuse-monitoring logs are often kept longer than the service data: include them.",
      },
      parameters: {
        retentionDays: {
          label: "Retention of prompts and outputs",
          hint: "Calendar days; 0 means not stored after the response.",
        },
      },
    },
    fr: {
      title: "Services d'IA : pas d'entraînement sur les données de l'acheteur",
      body: `1. Le titulaire, ses sous-traitants et les fournisseurs de tout service d'IA utilisé dans la solution n'utilisent pas les données de l'acheteur, y compris les requêtes, les documents soumis et les résultats générés, pour entraîner, affiner ou évaluer des modèles à d'autres fins que le service propre de l'acheteur, sauf accord écrit de celui-ci.
2. Les requêtes et résultats ne sont pas conservés plus de {{retentionDays}}, sauf si l'acheteur demande une conservation plus longue, et sont supprimés à l'issue de ce délai, y compris des journaux tenus pour la détection des abus.
3. Lorsqu'un modèle est affiné pour l'acheteur, les poids obtenus, la configuration d'entraînement et une description des données utilisées sont des livrables, soumis à la même licence que les autres livrables.
4. Le titulaire documente, pour chaque fonction d'IA, le modèle utilisé, le lieu où il s'exécute et les données qui quittent l'environnement de l'acheteur.`,
      guidance: {
        why: "Un texte envoyé à un service d'IA peut se retrouver dans le prochain modèle du fournisseur et y être reproduit pour d'autres. Exclure cet usage, limiter la conservation et détenir tout modèle affiné préservent la confidentialité des informations de l'acheteur et la réutilisation de son investissement.",
        whenToUse:
          "Lorsque la solution fait appel à des services d'IA externes (conversation, synthèse, traduction, reconnaissance) ou affine des modèles avec les données de l'acheteur.",
        pitfalls:
          "Les conditions par défaut de nombreux services d'IA autorisent l'entraînement sur les données des clients sauf refus exprès ; le marché doit l'exclure pour chaque fournisseur de la chaîne. Les journaux de détection des abus sont souvent conservés plus longtemps que les données du service : incluez-les.",
      },
      parameters: {
        retentionDays: {
          label: "Durée de conservation des requêtes et résultats",
          hint: "Jours calendaires ; 0 signifie aucune conservation après la réponse.",
        },
      },
    },
    de: {
      title: "KI-Dienste: kein Training mit Daten des Auftraggebers",
      body: `1. Der Auftragnehmer, seine Unterauftragnehmer und die Anbieter jedes in der Lösung genutzten KI-Dienstes verwenden die Daten des Auftraggebers, einschließlich Eingaben, übermittelter Dokumente und erzeugter Ergebnisse, nicht zum Trainieren, Nachtrainieren oder Bewerten von Modellen für andere Zwecke als den eigenen Dienst des Auftraggebers, es sei denn, dieser hat schriftlich zugestimmt.
2. Eingaben und Ergebnisse werden nicht länger als {{retentionDays}} aufbewahrt, sofern der Auftraggeber keine längere Aufbewahrung verlangt, und danach gelöscht, auch aus Protokollen zur Missbrauchserkennung.
3. Wird ein Modell für den Auftraggeber nachtrainiert, sind die entstandenen Gewichte, die Trainingskonfiguration und eine Beschreibung der verwendeten Daten Arbeitsergebnisse und werden wie die übrigen Arbeitsergebnisse lizenziert.
4. Der Auftragnehmer dokumentiert für jede KI-Funktion, welches Modell verwendet wird, wo es läuft und welche Daten die Umgebung des Auftraggebers verlassen.`,
      guidance: {
        why: "Text, der an einen KI-Dienst geht, kann im nächsten Modell des Anbieters landen und dort für andere wiedergegeben werden. Diese Nutzung auszuschließen, die Aufbewahrung zu begrenzen und nachtrainierte Modelle selbst zu halten, wahrt die Vertraulichkeit der Informationen des Auftraggebers und die Nachnutzbarkeit seiner Investition.",
        whenToUse:
          "Wenn die Lösung externe KI-Dienste aufruft (Chat, Zusammenfassung, Übersetzung, Erkennung) oder Modelle mit Daten des Auftraggebers nachtrainiert.",
        pitfalls:
          "Die Standardbedingungen vieler KI-Dienste erlauben Training mit Kundendaten, sofern der Kunde nicht widerspricht; der Vertrag muss es für jeden Anbieter der Kette ausschließen. Protokolle zur Missbrauchserkennung werden oft länger aufbewahrt als die Dienstdaten: Beziehen Sie sie ein.",
      },
      parameters: {
        retentionDays: {
          label: "Aufbewahrung von Eingaben und Ergebnissen",
          hint: "Kalendertage; 0 bedeutet keine Speicherung nach der Antwort.",
        },
      },
    },
  },
});
