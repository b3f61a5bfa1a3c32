export function EmptyState({ title, body }: { title: string; body: string }) {
  return (
    <div className="bg-surface rounded border border-line p-6">
      <h2 className="mb-2 text-xl">{title}</h2>
      <p className="text-muted">{body}</p>
    </div>
  );
}
