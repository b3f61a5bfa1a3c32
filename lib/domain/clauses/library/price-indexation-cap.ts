import { defineClause } from "./define-clause";
import { ANY_TENDER, OSOR_GUIDELINE, directive } from "./sources";

export const priceIndexationCap = defineClause({
  key: "price-indexation-cap",
  version: 1,
  category: "PRICING",
  topics: ["PRICE_TRANSPARENCY", "NO_VENDOR_LOCK_IN"],
  status: "OPTIONAL",
  applicability: ANY_TENDER,
  parameters: [{ name: "maxIncreasePercent", kind: "PERCENT", required: true, min: 0, max: 10, default: 3 }],
  legalBasis: [
    directive("Art. 72(1)(a) (modifications provided for in clear, precise and unequivocal review clauses)"),
  ],
  sources: [OSOR_GUIDELINE],
  content: {
    en: {
      title: "Price review with a cap",
      body: `1. Prices are fixed for the first twelve months of the contract.
2. After that, prices may be revised once a year, on the Contractor's written request, in line with the change of the price index named in the procurement documents over the previous twelve months. No revision may increase a price by more than {{maxIncreasePercent}} in a year.
3. No other change of price, licence metric or edition is allowed during the contract. A change of the Contractor's general price list, licensing model or product packaging does not apply to the contract unless it lowers the price.
4. Price reductions the Contractor grants to its customers generally for the same services apply to the contract from the same date.`,
      guidance: {
        why: "Once a solution is embedded, the supplier knows that leaving is costly; sharp price rises, new licence metrics or repackaged editions are a common way to cash in on lock-in. A clear review clause with a cap keeps prices predictable and lawful to adjust.",
        whenToUse:
          "For multi-year contracts with recurring charges such as subscriptions, hosting or support. Name a published index that fits the service (for example a labour cost or services price index).",
        pitfalls:
          "A review clause must be clear, precise and unequivocal to allow changes without a new procedure. Watch for changes to licence metrics (per user, per core, per tenant), which raise the price without changing it nominally.",
      },
      parameters: {
        maxIncreasePercent: { label: "Maximum yearly increase", hint: "Percent per year." },
      },
    },
    fr: {
      title: "Révision des prix plafonnée",
      body: `1. Les prix sont fermes pendant les douze premiers mois du marché.
2. Ensuite, les prix peuvent être révisés une fois par an, sur demande écrite du titulaire, selon l'évolution sur les douze mois précédents de l'indice de prix désigné dans les documents de la consultation. Aucune révision ne peut augmenter un prix de plus de {{maxIncreasePercent}} par an.
3. Aucun autre changement de prix, d'unité de licence ou d'édition n'est admis pendant le marché. Une modification du tarif général du titulaire, de son modèle de licence ou de l'assemblage de ses produits ne s'applique au marché que si elle en baisse le prix.
4. Les baisses de prix que le titulaire accorde à l'ensemble de ses clients pour les mêmes prestations s'appliquent au marché à la même date.`,
      guidance: {
        why: "Une fois la solution installée, le prestataire sait que la quitter coûte cher ; de fortes hausses de prix, de nouvelles unités de licence ou des éditions reconditionnées sont une manière courante de tirer profit du verrouillage. Une clause de révision claire et plafonnée garde des prix prévisibles et un ajustement régulier.",
        whenToUse:
          "Pour les marchés pluriannuels à redevances récurrentes, comme les abonnements, l'hébergement ou l'assistance. Désignez un indice publié adapté à la prestation (par exemple un indice du coût du travail ou des prix des services).",
        pitfalls:
          "Une clause de révision doit être claire, précise et sans équivoque pour permettre des modifications sans nouvelle procédure. Méfiez-vous des changements d'unité de licence (par utilisateur, par cœur, par locataire), qui augmentent le prix sans le modifier en apparence.",
      },
      parameters: {
        maxIncreasePercent: { label: "Hausse annuelle maximale", hint: "Pourcentage par an." },
      },
    },
    de: {
      title: "Preisanpassung mit Obergrenze",
      body: `1. Die Preise sind in den ersten zwölf Monaten des Vertrags fest.
2. Danach können die Preise einmal jährlich auf schriftliches Verlangen des Auftragnehmers entsprechend der Veränderung des in den Vergabeunterlagen genannten Preisindex in den vorangegangenen zwölf Monaten angepasst werden. Keine Anpassung darf einen Preis um mehr als {{maxIncreasePercent}} im Jahr erhöhen.
3. Andere Änderungen von Preisen, Lizenzmetriken oder Editionen sind während der Vertragslaufzeit ausgeschlossen. Eine Änderung der allgemeinen Preisliste, des Lizenzmodells oder der Produktzusammenstellung des Auftragnehmers gilt für den Vertrag nur, wenn sie den Preis senkt.
4. Preissenkungen, die der Auftragnehmer seinen Kunden allgemein für dieselben Leistungen gewährt, gelten für den Vertrag ab demselben Zeitpunkt.`,
      guidance: {
        why: "Ist eine Lösung erst eingeführt, weiß der Anbieter, dass ein Wechsel teuer ist; kräftige Preiserhöhungen, neue Lizenzmetriken oder neu geschnürte Editionen sind ein üblicher Weg, die Abhängigkeit zu Geld zu machen. Eine klare Anpassungsklausel mit Obergrenze hält die Preise planbar und ihre Anpassung rechtssicher.",
        whenToUse:
          "Für mehrjährige Verträge mit laufenden Entgelten wie Abonnements, Hosting oder Support. Nennen Sie einen veröffentlichten, zur Leistung passenden Index (etwa einen Arbeitskosten- oder Dienstleistungspreisindex).",
        pitfalls:
          "Eine Anpassungsklausel muss klar, genau und eindeutig sein, damit Änderungen ohne neues Verfahren zulässig sind. Achten Sie auf Änderungen der Lizenzmetrik (je Nutzer, je Kern, je Mandant), die den Preis erhöhen, ohne ihn dem Namen nach zu ändern.",
      },
      parameters: {
        maxIncreasePercent: { label: "Höchste jährliche Erhöhung", hint: "Prozent pro Jahr." },
      },
    },
  },
});
