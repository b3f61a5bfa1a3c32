import { defineClause } from "./define-clause";
import { OSOR_GUIDELINE, SOFTWARE_AND_IT_SERVICES, dataAct } from "./sources";

export const switchingCharges = defineClause({
  key: "switching-charges",
  version: 1,
  category: "EXIT",
  topics: ["SWITCHING_CHARGES", "EXIT_AND_PORTABILITY"],
  status: "RECOMMENDED",
  applicability: { contractNatures: [], procedureTypes: [], cpvPrefixes: SOFTWARE_AND_IT_SERVICES },
  parameters: [
    { name: "noticeMonths", kind: "MONTHS", required: true, min: 0, max: 2, default: 2 },
    { name: "transitionDays", kind: "DAYS", required: true, min: 1, max: 30, default: 30 },
  ],
  legalBasis: [
    dataAct("Art. 23 (removing obstacles to effective switching)"),
    dataAct("Art. 25 (contractual terms concerning switching)"),
    dataAct("Art. 29 (gradual withdrawal of switching charges)"),
  ],
  sources: [OSOR_GUIDELINE],
  content: {
    en: {
      title: "Switching without charges",
      body: `This clause applies to data processing services, such as cloud hosting and software provided as a service.

1. The Contracting Authority may ask at any time to switch to another provider, or to its own infrastructure, with a notice of no more than {{noticeMonths}}.
2. After the notice the Contractor completes the switching within a transition period of {{transitionDays}}, during which it keeps providing the service and exports the Contracting Authority's data, digital assets and configuration. Where this is technically impossible, the Contractor says so within 14 working days of the request, with reasons, and proposes a period of no more than seven months, during which the service continues at the agreed levels.
3. The Contractor charges nothing for switching or for data egress linked to it. Until 12 January 2027, where a charge is still agreed, it may not exceed the Contractor's direct costs of the switching and must be set out in the price schedule in advance. Fees for early termination, where the contract provides for them, are stated separately and in full in the tender.`,
      guidance: {
        why: "Exit fees and egress charges are a quiet form of lock-in: they make leaving so expensive that the authority stays. The Data Act gives customers of data processing services a right to switch, limits notice and transition periods, and bans switching charges altogether from 12 January 2027.",
        whenToUse:
          "When buying cloud, hosting or software-as-a-service. For bespoke development without hosting, the exit plan and reversibility clauses are enough.",
        pitfalls:
          "The Data Act sets a floor, not a ceiling: you may ask for better terms. Watch for charges renamed as 'migration services' or 'data retrieval fees'. A long minimum term or automatic renewal can have the same effect as a switching charge; keep terms short or cancellable.",
      },
      parameters: {
        noticeMonths: { label: "Maximum notice to start switching", hint: "At most 2 months under the Data Act." },
        transitionDays: {
          label: "Transition period",
          hint: "Calendar days to complete the switching; at most 30 under the Data Act.",
        },
      },
    },
    fr: {
      title: "Changement de fournisseur sans frais",
      body: `Cette clause s'applique aux services de traitement de données, tels que l'hébergement en nuage et les logiciels fournis en tant que service.

1. L'acheteur peut demander à tout moment à passer à un autre fournisseur, ou à sa propre infrastructure, moyennant un préavis de {{noticeMonths}} au plus.
2. Après le préavis, le titulaire achève le changement dans une période de transition de {{transitionDays}}, pendant laquelle il continue de fournir le service et exporte les données, actifs numériques et configurations de l'acheteur. Si cela est techniquement impossible, le titulaire l'indique dans un délai de 14 jours ouvrables à compter de la demande, motifs à l'appui, et propose une période n'excédant pas sept mois, pendant laquelle le service continue aux niveaux convenus.
3. Le titulaire ne facture rien pour le changement ni pour la sortie des données qui y est liée. Jusqu'au 12 janvier 2027, si des frais sont encore convenus, ils ne peuvent dépasser les coûts directs du changement supportés par le titulaire et doivent figurer à l'avance dans le bordereau de prix. Les indemnités de résiliation anticipée, si le contrat en prévoit, sont indiquées séparément et intégralement dans l'offre.`,
      guidance: {
        why: "Les frais de sortie et de transfert de données sont une forme discrète de verrouillage : ils rendent le départ si coûteux que l'acheteur reste. Le règlement sur les données donne aux clients des services de traitement de données un droit au changement, limite les préavis et périodes de transition, et interdit tout frais de changement à compter du 12 janvier 2027.",
        whenToUse:
          "Lors de l'achat de services en nuage, d'hébergement ou de logiciels en tant que service. Pour un développement spécifique sans hébergement, les clauses de plan de réversibilité et d'assistance suffisent.",
        pitfalls:
          "Le règlement fixe un minimum, pas un maximum : vous pouvez demander mieux. Méfiez-vous des frais rebaptisés « prestations de migration » ou « frais de récupération des données ». Une durée minimale longue ou une reconduction tacite peut avoir le même effet qu'un frais de changement ; gardez des durées courtes ou résiliables.",
      },
      parameters: {
        noticeMonths: {
          label: "Préavis maximal pour engager le changement",
          hint: "2 mois au plus selon le règlement sur les données.",
        },
        transitionDays: {
          label: "Période de transition",
          hint: "Jours calendaires pour achever le changement ; 30 au plus selon le règlement sur les données.",
        },
      },
    },
    de: {
      title: "Anbieterwechsel ohne Wechselentgelte",
      body: `Diese Klausel gilt für Datenverarbeitungsdienste wie Cloud-Hosting und als Dienst bereitgestellte Software.

1. Der Auftraggeber kann jederzeit verlangen, zu einem anderen Anbieter oder auf die eigene Infrastruktur zu wechseln, mit einer Kündigungsfrist, die höchstens {{noticeMonths}} beträgt.
2. Nach Ablauf der Frist schließt der Auftragnehmer den Wechsel innerhalb eines Übergangszeitraums ab, der {{transitionDays}} umfasst; in dieser Zeit erbringt er den Dienst weiter und exportiert Daten, digitale Vermögenswerte und Konfiguration des Auftraggebers. Ist dies technisch nicht möglich, teilt der Auftragnehmer dies binnen 14 Arbeitstagen nach dem Antrag mit Begründung mit und schlägt einen Zeitraum von höchstens sieben Monaten vor, in dem der Dienst zu den vereinbarten Service-Levels weiterläuft.
3. Der Auftragnehmer berechnet nichts für den Wechsel und den damit verbundenen Datenabfluss. Wird bis zum 12. Januar 2027 noch ein Entgelt vereinbart, darf es die unmittelbaren Kosten des Auftragnehmers für den Wechsel nicht übersteigen und muss im Voraus im Preisblatt ausgewiesen sein. Entgelte für eine vorzeitige Kündigung, sofern der Vertrag solche vorsieht, sind im Angebot gesondert und vollständig anzugeben.`,
      guidance: {
        why: "Ausstiegs- und Datenabflussentgelte sind eine stille Form der Abhängigkeit: Sie machen den Wechsel so teuer, dass der Auftraggeber bleibt. Der Data Act gibt Kunden von Datenverarbeitungsdiensten ein Recht auf Wechsel, begrenzt Kündigungsfristen und Übergangszeiträume und verbietet Wechselentgelte ab dem 12. Januar 2027 ganz.",
        whenToUse:
          "Bei der Beschaffung von Cloud-, Hosting- oder Software-as-a-Service-Leistungen. Für Individualentwicklung ohne Hosting genügen die Klauseln zu Ausstiegsplan und Ausstiegsunterstützung.",
        pitfalls:
          "Der Data Act setzt eine Untergrenze, keine Obergrenze: Sie dürfen bessere Bedingungen verlangen. Achten Sie auf Entgelte, die als „Migrationsleistungen“ oder „Datenabrufgebühren“ umbenannt sind. Lange Mindestlaufzeiten oder automatische Verlängerungen können wie ein Wechselentgelt wirken; halten Sie Laufzeiten kurz oder kündbar.",
      },
      parameters: {
        noticeMonths: {
          label: "Höchste Kündigungsfrist für den Wechsel",
          hint: "Nach dem Data Act höchstens 2 Monate.",
        },
        transitionDays: {
          label: "Übergangszeitraum",
          hint: "Kalendertage bis zum Abschluss des Wechsels; nach dem Data Act höchstens 30.",
        },
      },
    },
  },
});
