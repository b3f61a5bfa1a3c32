import { NOTO_SANS_FILES, NOTO_SANS_RANGES } from "./fonts/noto-sans.generated";
import { woffToSfnt } from "./woff";

/** The faces of the body font the PDF export uses. */
export type FontFace = "regular" | "bold" | "italic" | "boldItalic";

type FontFile = keyof typeof NOTO_SANS_FILES;

/** The faces of each subset; subsets without italics fall back to upright. */
const FACES: Record<string, Record<FontFace, FontFile>> = {
  latin: {
    regular: "latin-400-normal",
    bold: "latin-700-normal",
    italic: "latin-400-italic",
    boldItalic: "latin-700-italic",
  },
  "latin-ext": {
    regular: "latin-ext-400-normal",
    bold: "latin-ext-700-normal",
    italic: "latin-ext-400-normal",
    boldItalic: "latin-ext-700-normal",
  },
  greek: {
    regular: "greek-400-normal",
    bold: "greek-700-normal",
    italic: "greek-400-normal",
    boldItalic: "greek-700-normal",
  },
  cyrillic: {
    regular: "cyrillic-400-normal",
    bold: "cyrillic-700-normal",
    italic: "cyrillic-400-normal",
    boldItalic: "cyrillic-700-normal",
  },
};
/** Latin first: the basic subset wins for the characters several subsets share (accents). */
const SUBSET_ORDER = ["latin", "latin-ext", "greek", "cyrillic"] as const;

let decoded: Map<FontFile, Buffer> | null = null;

/** The fonts as TrueType files, decoded once per process (they never change). */
export function fontFiles(): ReadonlyMap<FontFile, Buffer> {
  decoded ??= new Map(
    (Object.keys(NOTO_SANS_FILES) as FontFile[]).map((name) => {
      const woff = Buffer.from(NOTO_SANS_FILES[name], "base64");
      return [name, Buffer.from(woffToSfnt(woff))];
    }),
  );
  return decoded;
}

function subsetOf(codePoint: number): (typeof SUBSET_ORDER)[number] {
  for (const subset of SUBSET_ORDER) {
    const ranges = NOTO_SANS_RANGES[subset] ?? [];
    if (ranges.some(([first, last]) => codePoint >= first && codePoint <= last)) return subset;
  }
  // Outside every subset (Chinese, say): the Latin face shows its "missing character" box.
  return "latin";
}

/**
 * Text cut into pieces that one embedded font can show, each with the name it is registered
 * under: "Łódź" is Ł (Latin Extended), ó (Latin), d, ź (Latin Extended).
 */
export function fontSegments(text: string, face: FontFace): { text: string; font: FontFile }[] {
  const segments: { text: string; font: FontFile }[] = [];
  for (const character of text) {
    const font = FACES[subsetOf(character.codePointAt(0) ?? 0)]![face];
    const last = segments[segments.length - 1];
    if (last && last.font === font) last.text += character;
    else segments.push({ text: character, font });
  }
  return segments;
}

export function faceOf(bold: boolean | undefined, italic: boolean | undefined): FontFace {
  if (bold && italic) return "boldItalic";
  if (bold) return "bold";
  return italic ? "italic" : "regular";
}

export const REGULAR_FONT: FontFile = "latin-400-normal";
export const BOLD_FONT: FontFile = "latin-700-normal";
