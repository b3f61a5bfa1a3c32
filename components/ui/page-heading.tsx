import type { ReactNode } from "react";

export function PageHeading({ title, lead, caption }: { title: string; lead?: ReactNode; caption?: string }) {
  return (
    <div className="mb-8">
      {caption ? <p className="text-muted text-lg">{caption}</p> : null}
      <h1 className="mb-3">{title}</h1>
      {lead ? <p className="text-muted max-w-3xl text-lg">{lead}</p> : null}
    </div>
  );
}
