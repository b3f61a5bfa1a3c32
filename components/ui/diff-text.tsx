import type { DiffPart } from "@/lib/domain/clauses/text-diff";

/**
 * Words added and removed, marked with <ins>/<del> and, for screen readers (which do not announce
 * those elements everywhere), with the words "added" and "removed".
 */
export function DiffText({
  parts,
  inserted,
  deleted,
}: {
  parts: readonly DiffPart[];
  inserted: string;
  deleted: string;
}) {
  return (
    <p className="whitespace-pre-wrap">
      {parts.map((part, index) =>
        part.type === "equal" ? (
          <span key={index}>{part.text}</span>
        ) : part.type === "insert" ? (
          <ins key={index} className="bg-green-100 underline">
            <span className="sr-only">[{inserted}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={index} className="bg-red-100 line-through">
            <span className="sr-only">[{deleted}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}
