import { product, protocol, vendor, type LockInTerm } from "./term";

/** Words after "Word", "Excel" or "Outlook" that show the product is meant, compared in lower case. */
const DOCUMENT_WORDS = ["document", "documents", "file", "files", "format", "template", "templates", "macro", "macros"];
const GERMAN_DOCUMENT_WORDS = ["dokument", "dokumente", "dokumenten", "datei", "dateien", "vorlage", "vorlagen"];
const FRENCH_DOCUMENT_WORDS = ["fichier", "fichiers", "modèle", "modèles"];

/**
 * Office suites, mail, chat and video meetings, file sharing, and the collaboration services
 * tenders most often name. The Office programs' bare names ("Word", "Excel", "Access", "Teams",
 * "Outlook", "Edge", "Windows") are ordinary words: they count with a vendor prefix or in context.
 */
export const OFFICE_AND_COLLABORATION_TERMS: readonly LockInTerm[] = [
  vendor("microsoft", "Microsoft", ["Microsoft", "Microsoft Corporation", "MSFT"]),
  product("microsoft-365", "Microsoft", ["Microsoft 365", "Office 365", "Office365", "M365", "O365"], { cs: true }),
  product("microsoft-office", "Microsoft", ["Microsoft Office", "MS Office", "MS-Office", "MSOffice"]),
  product("microsoft-word", "Microsoft", ["Microsoft Word", "MS Word", "MS-Word", "WinWord"], {
    cs: true,
    inContext: {
      aliases: ["Word"],
      before: ["format", "formats", "in", "im", "en", "au"],
      after: [...DOCUMENT_WORDS, ...GERMAN_DOCUMENT_WORDS, ...FRENCH_DOCUMENT_WORDS],
    },
  }),
  product("microsoft-excel", "Microsoft", ["Microsoft Excel", "MS Excel", "MS-Excel"], {
    cs: true,
    inContext: {
      aliases: ["Excel"],
      before: ["format", "formats", "in", "im", "en", "au", "sous"],
      after: [
        ...DOCUMENT_WORDS,
        ...GERMAN_DOCUMENT_WORDS,
        ...FRENCH_DOCUMENT_WORDS,
        "spreadsheet",
        "spreadsheets",
        "workbook",
        "workbooks",
        "sheet",
        "sheets",
        "tabelle",
        "tabellen",
        "arbeitsmappe",
        "tableur",
      ],
    },
  }),
  product("microsoft-powerpoint", "Microsoft", ["Microsoft PowerPoint", "MS PowerPoint", "PowerPoint"]),
  product("microsoft-outlook", "Microsoft", ["Microsoft Outlook", "MS Outlook", "Outlook.com"], {
    cs: true,
    inContext: { aliases: ["Outlook"], after: ["client", "clients", "add", "plugin", "calendar", "kalender", "web"] },
  }),
  product("microsoft-access", "Microsoft", ["Microsoft Access", "MS Access", "MS-Access"], { cs: true }),
  product("microsoft-teams", "Microsoft", ["Microsoft Teams", "MS Teams", "MS-Teams"], { cs: true }),
  product("sharepoint", "Microsoft", ["SharePoint", "SharePoint Online", "Microsoft SharePoint"]),
  product("onedrive", "Microsoft", ["OneDrive", "OneDrive for Business"]),
  product("onenote", "Microsoft", ["OneNote", "Microsoft OneNote"]),
  product("exchange", "Microsoft", ["Microsoft Exchange", "MS Exchange", "Exchange Server", "Exchange Online"], {
    cs: true,
  }),
  product("microsoft-project", "Microsoft", ["Microsoft Project", "MS Project", "MS-Project", "Project Online"], {
    cs: true,
  }),
  product("visio", "Microsoft", ["Microsoft Visio", "MS Visio", "Visio"]),
  product("skype", "Microsoft", ["Skype for Business", "Skype", "Lync"]),
  product("yammer", "Microsoft", ["Yammer", "Viva Engage"]),
  product("infopath", "Microsoft", ["InfoPath", "Microsoft InfoPath"]),
  product("microsoft-forms", "Microsoft", ["Microsoft Forms", "MS Forms", "Microsoft Planner"], { cs: true }),
  product("copilot", "Microsoft", ["Microsoft 365 Copilot", "Microsoft Copilot", "GitHub Copilot", "Copilot"], {
    cs: true,
  }),
  protocol("vba", "Microsoft", ["Visual Basic for Applications", "VBA"], { cs: true }),
  protocol("mapi", "Microsoft", ["MAPI", "MAPI/HTTP"], { cs: true }),
  protocol("exchange-web-services", "Microsoft", ["Exchange Web Services"], { cs: true }),
  protocol("activesync", "Microsoft", ["Exchange ActiveSync", "ActiveSync"]),
  vendor("google", "Google", ["Google", "Google LLC"], { cs: true }),
  product("google-workspace", "Google", ["Google Workspace", "G Suite", "GSuite"]),
  product("gmail", "Google", ["Gmail"]),
  product("google-drive", "Google", ["Google Drive"]),
  product("google-docs", "Google", ["Google Docs", "Google Sheets", "Google Slides", "Google Forms"]),
  product("google-meet", "Google", ["Google Meet", "Google Hangouts", "Hangouts"], { cs: true }),
  vendor("apple", "Apple", ["Apple", "Apple Inc"], { cs: true }),
  product("macos", "Apple", ["macOS", "Mac OS X", "OS X"], { cs: true }),
  product("icloud", "Apple", ["iCloud"]),
  protocol("facetime", "Apple", ["FaceTime", "iMessage", "AirPlay", "AirDrop"]),
  product("apple-keynote", "Apple", ["Apple Keynote", "Apple Pages", "Apple Numbers"], { cs: true }),
  product("zoom", "Zoom", ["Zoom Video Communications", "Zoom Workplace", "Zoom Meetings", "Zoom"], {
    cs: true,
    alsoAWord: { unlessFollowedBy: ["in", "out", "level", "levels", "factor", "lens", "stufe"] },
  }),
  product("webex", "Cisco", ["Cisco Webex", "Webex"]),
  product("slack", "Salesforce", ["Slack"], {
    cs: true,
    alsoAWord: { unlessFollowedBy: ["time", "period", "periods", "capacity", "variable", "variables"] },
  }),
  product("dropbox", "Dropbox", ["Dropbox"]),
  product("box", "Box", ["Box.com"]),
  product("docusign", "DocuSign", ["DocuSign"]),
  product("adobe-sign", "Adobe", ["Adobe Acrobat Sign", "Adobe Sign", "EchoSign"]),
  product("whatsapp", "Meta", ["WhatsApp", "WhatsApp Business"]),
  product("meta-workplace", "Meta", ["Workplace from Meta", "Meta Workplace", "Facebook"], { cs: true }),
  vendor("atlassian", "Atlassian", ["Atlassian"]),
  product("jira", "Atlassian", ["Jira Service Management", "Jira Software", "Jira"]),
  product("confluence", "Atlassian", ["Confluence"], { cs: true, alsoAWord: {} }),
  product("bitbucket", "Atlassian", ["Bitbucket"]),
  product("trello", "Atlassian", ["Trello"]),
  product("github", "Microsoft", ["GitHub Enterprise", "GitHub"]),
  product("miro", "Miro", ["Miro"], { cs: true }),
  product("smartsheet", "Smartsheet", ["Smartsheet"]),
  product("monday", "monday.com", ["monday.com"]),
  product("surveymonkey", "SurveyMonkey", ["SurveyMonkey", "Qualtrics"]),
  product("mailchimp", "Intuit", ["Mailchimp"]),
  product("genesys", "Genesys", ["Genesys", "Genesys Cloud", "Avaya", "Mitel"]),
  product("twilio", "Twilio", ["Twilio"]),
  product("fabasoft", "Fabasoft", ["Fabasoft"]),
  product("dragon", "Microsoft", ["Dragon NaturallySpeaking", "Nuance Dragon"], { cs: true }),
];
