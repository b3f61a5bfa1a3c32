"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/**
 * Someone else saved the same record after this form's version (optimistic locking): nothing was
 * overwritten, what was typed stays on the page, and the button loads the latest version when the
 * person is ready. `children` offers more ways out beside it (the tender's comparison of versions).
 */
export function EditConflictNotice({
  title,
  body,
  reload,
  children,
}: {
  title: string;
  body: string;
  reload: string;
  children?: ReactNode;
}) {
  return (
    <Notice tone="danger" title={title}>
      <p className="mb-3">{body}</p>
      <div className="flex flex-wrap items-center gap-4">
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {reload}
        </Button>
        {children}
      </div>
    </Notice>
  );
}
