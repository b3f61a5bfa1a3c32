import ReactMarkdown from "react-markdown";

/**
 * Text the drafter wrote in Markdown (requirements, clauses), rendered safely: raw HTML in the
 * source is shown as text, never run, and links open as ordinary links.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={["markdown", className].filter(Boolean).join(" ")}>
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  );
}
