/**
 * The phrases the rules look for, in English, French and German, each compiled once. `\b` is
 * ASCII-only in JavaScript, so word edges are written as Unicode look-arounds (START, END).
 */
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";
const SPACE = "[ \\t\\u00a0]";

/** Capitalised or not, never all capitals: "partner" and "Partner". */
function eitherCase(words: readonly string[]): string {
  return words.map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`).join("|");
}

/**
 * Art. 42(3)(b) and 42(4): "or equivalent" and its close variants ("or an equivalent product",
 * "or equal" but not "greater than or equal to"; "ou équivalent", "ou toute solution
 * équivalente", "ou l'équivalent"; "oder gleichwertig", "oder ein gleichwertiges Produkt", the
 * German specification shorthand "o. glw.").
 */
export const EQUIVALENCE = new RegExp(
  [
    `${START}or\\s+(?:(?:an?|any|other|an?\\s+other)\\s+)?(?:(?:functionally|technically)\\s+)?(?:equivalents?|equal(?!\\s+to${END}))${END}`,
    `${START}ou\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:l['’]|d['’])?[ée]quivalent(?:e|s|es)?${END}`,
    `${START}(?:oder|bzw\\.)\\s+(?:[\\p{L}-]+\\s+){0,2}?gleichwertig\\p{L}*`,
    `${START}(?:o\\.\\s?|oder\\s+)glw\\.?`,
  ].join("|"),
  "giu",
);

/**
 * Open formats and the words for them, any one of which answers rule 2 in the same sentence:
 * "SQL" but not "SQL Server", "XML" but not "Open XML" (the Office format itself).
 */
export const OPEN_ALTERNATIVE = new RegExp(
  `${START}(?:ODF|OpenDocument|ODT|ODS|ODP|ODG|PDF(?:/A(?:-\\d[a-z]?)?)?|CSV|TSV|JSON|(?<!Open\\s)XML|HTML5?|Markdown|TXT|EML|mbox|iCalendar|vCard|SVG|PNG|WebM|Ogg|GeoPackage|GPKG|IFC|OVF|OVA|(?<![/-])SQL(?!${SPACE}*-?${SPACE}*Server)|plain[\\s-]text|texte\\s+brut|Klartext|open\\s+(?:\\p{L}+\\s+)?formats?|formats?\\s+(?:\\p{L}+\\s+)?ouverts?|offene[nmrs]?\\s+\\p{L}*formate?n?|open\\s+standards?|normes?\\s+ouvertes?|offene[nmrs]?\\s+Standards?)${END}`,
  "giu",
);

/** Words that make a sentence a requirement rather than a description of what exists. */
export const REQUIREMENT_WORDING = new RegExp(
  `${START}(?:must|shall|should|required|requires?|requirement|mandatory|needs?\\s+to|has\\s+to|have\\s+to|(?:is|are)\\s+to\\s+be|doit|doivent|devra|devront|exig\\p{L}*|obligatoire\\p{L}*|requis\\p{L}*|impérati\\p{L}*|nécessaire\\p{L}*|muss|müssen|soll|sollen|sollte|sollten|erforderlich\\p{L}*|zwingend\\p{L}*|verpflichtend\\p{L}*|Anforderung\\p{L}*|vorausgesetzt|benötigt|gefordert|verlangt|(?:ist|sind|hat|haben)\\s+zu)${END}`,
  "giu",
);

const CERTIFICATION_HEADS = eitherCase([
  "partners", "partnership", "partner", "tier", "competency", "competencies", "specializations", "specialization",
  "specialisation", "certified", "certifications", "certification", "certificates", "certificate", "accredited",
  "accreditation", "reseller", "partenaires", "partenaire", "partenariat", "certifiées", "certifiée", "certifiés",
  "certifié", "agréée", "agréés", "agréé", "revendeur", "zertifizierte", "zertifizierter", "zertifizierten",
  "zertifiziertes", "zertifiziert", "zertifizierungen", "zertifizierung", "zertifikate", "zertifikat",
  "partnerstatus", "goldpartner", "vertriebspartner", "partnerschaft",
]); // prettier-ignore
const CERTIFICATION_MODIFIERS = eitherCase([
  "gold", "silver", "platinum", "premier", "premium", "elite", "advanced", "select", "registered", "authorized",
  "authorised", "solutions", "solution", "consulting", "technology", "services", "service", "business", "managed",
  "expert", "specialist", "official", "officiel", "officielle", "offizieller", "offizielle", "agréé",
]); // prettier-ignore

/** A partner or certification word: "Partner", "certified", "Tier", "partenaire", "zertifiziert" … */
export const CERTIFICATION_HEAD = new RegExp(`${START}(?:${CERTIFICATION_HEADS})${END}`, "gu");
/**
 * A word that may stand between a name and its certification word ("Gold", "Advanced
 * Consulting", any capitalised word), and between a certification word and the name
 * ("certified by", "partenaire officiel").
 */
export const CERTIFICATION_NAME_WORD = new RegExp(`^(?:${CERTIFICATION_MODIFIERS}|\\p{Lu}[\\p{L}\\p{N}]*)$`, "u");
export const CERTIFICATION_GLUE = new Set(["by", "of", "par", "de", "du", "des", "von", "durch", "bei"]);
/** At most this many such words in between. */
export const CERTIFICATION_MAX_WORDS_BETWEEN = 3;

/** "compatible with", "must integrate with", "compatible avec", "kompatibel mit", "Anbindung an" … followed by the name. */
export const COMPATIBILITY_BEFORE_NAME = new RegExp(
  `${START}(?:compatib(?:le|ility)|integrat(?:e|es|ed|ing|ion)|interoperab(?:le|ility)|interoperat(?:e|es|ing|ion)|interfac(?:e|es|ing)|compatibles|compatibilité|intégr(?:er|é|ée|és|ées|ation|able|ables)|s['’]intégrer|interopérab(?:le|les|ilité)|interfacer|kompatibel|kompatibilität|integrierbar|integriert|integrieren|interoperabel|interoperabilität|anbindung|anbindbar|schnittstellen?)\\s+(?:with|into|to|in|avec|à|au|aux|dans|mit|zu|zum|zur|an|ins)${END}`,
  "giu",
);
/** German puts the adjective after the name: "mit SAP kompatibel", "in Microsoft Teams integrierbar". */
export const COMPATIBILITY_AFTER_NAME = new RegExp(
  `${START}(?:kompatibel|integrierbar|interoperabel|anbindbar|integriert\\s+werden|zu\\s+integrieren|anzubinden)${END}`,
  "giu",
);
/** What may stand between a compatibility phrase and the name: words, not punctuation. */
export const COMPATIBILITY_GAP = /^[\s\p{L}\p{N}'’/-]*$/u;
export const COMPATIBILITY_MAX_GAP = 60;

/** Rule 7 in running text: the procedure, the ground, and the analysis that answers the rule. */
export const NEGOTIATED_WITHOUT_PUBLICATION = new RegExp(
  `negotiated\\s+procedures?\\s+without\\s+(?:(?:a\\s+)?prior\\s+)?publication|procédures?\\s+négociées?\\s+sans\\s+(?:publicité|publication|mise\\s+en\\s+concurrence)|Verhandlungsverfahren\\s+ohne\\s+(?:vorherigen?\\s+)?(?:Bekanntmachung|Teilnahmewettbewerb|Veröffentlichung)|Art(?:icle|\\.)?\\s*32\\s*\\(2\\)\\s*\\(?b\\)?|Art\\.?\\s*32\\s+Abs\\.?\\s*2\\s+(?:lit\\.?|Buchst\\.?)\\s*b|§\\s*14\\s+Abs\\.?\\s*4\\s+Nr\\.?\\s*2\\s+VgV|R\\.?\\s*2122-3`,
  "giu",
);
export const TECHNICAL_OR_EXCLUSIVE_GROUND = new RegExp(
  `${START}(?:technical\\s+reasons?|exclusive\\s+rights?|raisons?\\s+techniques?|droits?\\s+d['’]exclusivité|droits?\\s+exclusifs?|technischen?\\s+Gründen?|Ausschließlichkeitsrechte?n?|ausschließliche[nr]?\\s+Rechte?n?)${END}`,
  "giu",
);
export const NO_ALTERNATIVE_ANALYSIS = new RegExp(
  `no\\s+reasonable\\s+alternative|alternative\\s+or\\s+substitute|aucune\\s+(?:solution\\s+de\\s+remplacement|alternative|solution\\s+de\\s+substitution)\\s+raisonnable|keine\\s+vernünftige\\s+Alternative|Ersatzlösung`,
  "giu",
);
/** How near the ground must be to the procedure (characters) to be read as its justification. */
export const GROUND_WINDOW = 400;

/** An accessibility requirement in the tender's own words (rule 5). */
export const ACCESSIBILITY_MENTION = new RegExp(
  `EN\\s*301\\s*549|WCAG|RGAA|BITV|accessibilit[yé]|Barrierefreiheit|barrierefrei\\p{L}*`,
  "iu",
);

/** Web and e-mail addresses: "oracle" in www.oracle.com is not a requirement to buy Oracle. */
export const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()[\]]+/g;
/** Looked for only in texts with an "@": trying it at every word would cost more than all the rules. */
export const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** ® and ™ mark a trade mark even when the name is not on the list. */
export const TRADEMARK_SIGN = /[®™]|\(TM\)/g;
