import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TaskStatus } from "@/lib/domain/tender/tender-tasks";

const STATUS_CLASSES: Record<TaskStatus, string> = {
  NOT_STARTED: "bg-surface text-ink",
  IN_PROGRESS: "bg-blue-100 text-brand-dark",
  COMPLETED: "bg-white text-ink border border-ink",
  HAS_PROBLEMS: "bg-red-100 text-danger",
};

export type TaskListItem = {
  href: string;
  name: string;
  hint?: string;
  status: TaskStatus;
  problemCount: number;
  /** Open comments of the OSPO's review on this section. */
  commentCount?: number;
};

/** GOV.UK task list: the whole row is the link, the status is text, not colour alone. */
export async function TaskList({ items }: { items: TaskListItem[] }) {
  const t = await getTranslations("tasks");
  return (
    <ul className="border-t border-line">
      {items.map((item) => {
        const statusId = `task-status-${item.href.replaceAll("/", "-")}`;
        const commentsId = `task-comments-${item.href.replaceAll("/", "-")}`;
        const comments = item.commentCount ?? 0;
        return (
          <li key={item.href} className="flex flex-wrap items-center justify-between gap-3 border-b border-line py-4">
            <div>
              <Link
                href={item.href}
                aria-describedby={comments > 0 ? `${statusId} ${commentsId}` : statusId}
                className="font-semibold"
              >
                {item.name}
              </Link>
              {item.hint ? <p className="text-muted">{item.hint}</p> : null}
              {comments > 0 ? (
                <p id={commentsId} className="mt-1 font-semibold text-brand-dark">
                  {t("openComments", { count: comments })}
                </p>
              ) : null}
            </div>
            <strong id={statusId} className={`rounded px-2 py-1 text-sm ${STATUS_CLASSES[item.status]}`}>
              {item.status === "HAS_PROBLEMS"
                ? t("problems", { count: item.problemCount })
                : t(`status.${item.status}`)}
            </strong>
          </li>
        );
      })}
    </ul>
  );
}
