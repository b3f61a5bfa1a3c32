import { Markdown } from "@/components/ui/markdown";
import type { Row } from "./summary-row";

/**
 * An answer as "check your answers" prints it, wherever it is shown (the list, the comparison of
 * versions, the corrigenda): a list, text with its line breaks, or "Not provided"; then the
 * drafter's Markdown, formatted.
 */
export function RowValue({
  value,
  markdown,
  notProvided,
}: {
  value: Row["value"] | readonly string[];
  markdown?: string;
  notProvided: string;
}) {
  return (
    <>
      {value === null ? (
        <span className="text-muted">{notProvided}</span>
      ) : typeof value === "string" ? (
        <span className="whitespace-pre-line">{value}</span>
      ) : (
        <ul>
          {value.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
      {markdown ? <Markdown className="mt-2">{markdown}</Markdown> : null}
    </>
  );
}
