import type { ReactNode } from "react";

/** One of the form's three steps: a group whose legend is a heading, so it can be found both ways. */
export function StepFieldset({
  legend,
  lead,
  hasError = false,
  children,
  ...props
}: {
  legend: string;
  lead?: ReactNode;
  /** Marks the whole group, for an error that concerns it as a whole (the weights' sum). */
  hasError?: boolean;
  children: ReactNode;
  id?: string;
  tabIndex?: number;
  "aria-describedby"?: string;
}) {
  return (
    <div className="mb-10 border-t border-line pt-6">
      <fieldset {...props} className={`min-w-0 ${hasError ? "border-danger border-l-4 pl-4" : ""}`}>
        <legend className="mb-3">
          <h2 className="text-2xl">{legend}</h2>
        </legend>
        {lead ? <div className="mb-6">{lead}</div> : null}
        {children}
      </fieldset>
    </div>
  );
}
