import { defineClause } from "./define-clause";
import { AI_ACT, ANY_TENDER, MODEL_OPENNESS_FRAMEWORK, OSAID, SPDX_LICENSE_LIST, directive } from "./sources";

export const aiComponentOpenness = defineClause({
  key: "ai-component-openness",
  version: 1,
  category: "AI",
  topics: ["AI_OPENNESS"],
  status: "OPTIONAL",
  applicability: ANY_TENDER,
  parameters: [
    { name: "modelLicence", kind: "SPDX_LICENCE", required: true, accept: "OSI_APPROVED", default: "Apache-2.0" },
    {
      name: "mofClass",
      kind: "CHOICE",
      required: true,
      options: ["CLASS_I", "CLASS_II", "CLASS_III"],
      default: "CLASS_II",
    },
  ],
  legalBasis: [directive("Art. 42(1) (technical specifications)"), AI_ACT],
  sources: [OSAID, MODEL_OPENNESS_FRAMEWORK, SPDX_LICENSE_LIST],
  content: {
    en: {
      title: "Openness of AI components",
      body: `This clause applies to every machine-learning model and AI component that the solution contains or relies on.

1. The Contractor names each model in its tender, with its provider, version, licence and where its weights can be obtained.
2. Model weights and the code to run and fine-tune each model are available under {{modelLicence}} or another licence approved by the Open Source Initiative. Licences that restrict fields of use, users or purposes, or that require permission above a number of users, are not accepted, even when they are called "open".
3. Each model meets at least {{mofClass}} of the Model Openness Framework, with every component required for that class available under an open licence suited to its type (software, data or documentation).
4. Where the Contractor claims that an AI system is "open source", it meets the Open Source AI Definition of the Open Source Initiative, including sufficiently detailed information about the training data.
5. The Contracting Authority may run, study, modify and share the models and the system, including on its own infrastructure, without the Contractor.`,
      guidance: {
        why: "Many models are promoted as open while their licences forbid uses, cap users or withhold what is needed to study and change them. Requiring open weights under OSI-approved terms and a Model Openness Framework class makes the claim checkable and keeps the authority able to run, audit and replace the model.",
        whenToUse:
          "When the solution includes AI models (language models, classifiers, recognition), whether bought, fine-tuned or built. Class III is the least demanding and Class I the most open; choose Class I where transparency about training matters, for example for decisions affecting people.",
        pitfalls:
          "Community licences of several well-known models restrict use and are not open source. A model can be open while the service around it is not: combine with the clauses on data location and no training on the authority's data. Open weights do not replace the AI Act's obligations for high-risk uses.",
      },
      parameters: {
        modelLicence: {
          label: "Licence of model weights and code",
          hint: "An SPDX id of an OSI-approved licence, for example Apache-2.0 or MIT.",
        },
        mofClass: {
          label: "Minimum Model Openness Framework class",
          options: {
            CLASS_I: "Class I (open science model)",
            CLASS_II: "Class II (open tooling model)",
            CLASS_III: "Class III (open model)",
          },
        },
      },
    },
    fr: {
      title: "Ouverture des composants d'intelligence artificielle",
      body: `Cette clause s'applique à chaque modèle d'apprentissage automatique et à chaque composant d'IA que la solution contient ou utilise.

1. Le titulaire désigne chaque modèle dans son offre, avec son fournisseur, sa version, sa licence et l'endroit où ses poids peuvent être obtenus.
2. Les poids des modèles et le code permettant de les exécuter et de les affiner sont disponibles sous {{modelLicence}} ou sous une autre licence approuvée par l'Open Source Initiative. Les licences qui restreignent les domaines d'utilisation, les utilisateurs ou les finalités, ou qui exigent une autorisation au-delà d'un certain nombre d'utilisateurs, ne sont pas acceptées, même lorsqu'elles se disent « ouvertes ».
3. Chaque modèle atteint au moins la {{mofClass}} du Model Openness Framework, chaque composant requis pour cette classe étant disponible sous une licence ouverte adaptée à sa nature (logiciel, données ou documentation).
4. Lorsque le titulaire présente un système d'IA comme « open source », celui-ci répond à l'Open Source AI Definition de l'Open Source Initiative, y compris des informations suffisamment détaillées sur les données d'entraînement.
5. L'acheteur peut exécuter, étudier, modifier et partager les modèles et le système, y compris sur sa propre infrastructure, sans le titulaire.`,
      guidance: {
        why: "Beaucoup de modèles sont présentés comme ouverts alors que leur licence interdit certains usages, plafonne le nombre d'utilisateurs ou retient ce qu'il faut pour les étudier et les modifier. Exiger des poids ouverts sous licence approuvée par l'OSI et une classe du Model Openness Framework rend l'affirmation vérifiable et permet à l'acheteur d'exécuter, d'auditer et de remplacer le modèle.",
        whenToUse:
          "Lorsque la solution intègre des modèles d'IA (modèles de langage, classifieurs, reconnaissance), achetés, affinés ou construits. La classe III est la moins exigeante et la classe I la plus ouverte ; choisissez la classe I lorsque la transparence sur l'entraînement importe, par exemple pour des décisions qui touchent des personnes.",
        pitfalls:
          "Les licences « communautaires » de plusieurs modèles connus restreignent l'usage et ne sont pas des licences libres. Un modèle peut être ouvert sans que le service qui l'entoure le soit : combinez avec les clauses sur la localisation des données et l'absence d'entraînement sur les données de l'acheteur. Des poids ouverts ne dispensent pas des obligations du règlement sur l'IA pour les usages à haut risque.",
      },
      parameters: {
        modelLicence: {
          label: "Licence des poids et du code des modèles",
          hint: "Identifiant SPDX d'une licence approuvée par l'OSI, par exemple Apache-2.0 ou MIT.",
        },
        mofClass: {
          label: "Classe minimale du Model Openness Framework",
          options: {
            CLASS_I: "classe I (modèle de science ouverte)",
            CLASS_II: "classe II (modèle à outillage ouvert)",
            CLASS_III: "classe III (modèle ouvert)",
          },
        },
      },
    },
    de: {
      title: "Offenheit von KI-Komponenten",
      body: `Diese Klausel gilt für jedes Modell des maschinellen Lernens und jede KI-Komponente, die die Lösung enthält oder nutzt.

1. Der Auftragnehmer benennt jedes Modell in seinem Angebot mit Anbieter, Version, Lizenz und der Bezugsquelle seiner Gewichte.
2. Die Modellgewichte und der Code zum Ausführen und Nachtrainieren jedes Modells sind unter {{modelLicence}} oder einer anderen von der Open Source Initiative anerkannten Lizenz verfügbar. Lizenzen, die Einsatzbereiche, Nutzende oder Zwecke beschränken oder ab einer bestimmten Nutzerzahl eine Erlaubnis verlangen, werden nicht akzeptiert, auch wenn sie sich „offen“ nennen.
3. Jedes Modell erreicht mindestens {{mofClass}} des Model Openness Framework, wobei jede für diese Klasse erforderliche Komponente unter einer ihrer Art entsprechenden offenen Lizenz (Software, Daten oder Dokumentation) verfügbar ist.
4. Bezeichnet der Auftragnehmer ein KI-System als „Open Source“, erfüllt es die Open Source AI Definition der Open Source Initiative, einschließlich hinreichend genauer Angaben zu den Trainingsdaten.
5. Der Auftraggeber darf die Modelle und das System ohne den Auftragnehmer ausführen, untersuchen, verändern und weitergeben, auch auf eigener Infrastruktur.`,
      guidance: {
        why: "Viele Modelle werden als offen beworben, obwohl ihre Lizenz Nutzungen verbietet, Nutzerzahlen deckelt oder vorenthält, was man zum Untersuchen und Ändern braucht. Offene Gewichte unter OSI-anerkannten Bedingungen und eine Klasse des Model Openness Framework zu verlangen, macht die Behauptung überprüfbar und erhält dem Auftraggeber die Möglichkeit, das Modell zu betreiben, zu prüfen und zu ersetzen.",
        whenToUse:
          "Wenn die Lösung KI-Modelle enthält (Sprachmodelle, Klassifikatoren, Erkennung), ob gekauft, nachtrainiert oder selbst gebaut. Klasse III ist die am wenigsten anspruchsvolle, Klasse I die offenste; wählen Sie Klasse I, wenn Transparenz über das Training wichtig ist, etwa bei Entscheidungen, die Menschen betreffen.",
        pitfalls:
          "Die „Community“-Lizenzen mehrerer bekannter Modelle beschränken die Nutzung und sind keine Open-Source-Lizenzen. Ein Modell kann offen sein, der Dienst darum herum nicht: Kombinieren Sie die Klausel mit denen zum Speicherort der Daten und zum Verzicht auf Training mit Daten des Auftraggebers. Offene Gewichte ersetzen nicht die Pflichten der KI-Verordnung für Hochrisiko-Anwendungen.",
      },
      parameters: {
        modelLicence: {
          label: "Lizenz der Modellgewichte und des Codes",
          hint: "SPDX-Kennung einer von der OSI anerkannten Lizenz, zum Beispiel Apache-2.0 oder MIT.",
        },
        mofClass: {
          label: "Mindestklasse nach dem Model Openness Framework",
          options: {
            CLASS_I: "Klasse I (Open-Science-Modell)",
            CLASS_II: "Klasse II (Modell mit offenen Werkzeugen)",
            CLASS_III: "Klasse III (offenes Modell)",
          },
        },
      },
    },
  },
});
