// PostgreSQL writes its whole log to stderr. The console only gets what needs a person's
// attention: errors of the server itself, and failed connections. SQL errors that a client
// already receives (a unique violation, the audit trigger refusing an UPDATE) are left out.
export const LOG_SETTINGS = ["-c", "log_line_prefix=[%b] "];

const SERIOUS = /\b(WARNING|ERROR|FATAL|PANIC):/;
const CLIENT_SERIOUS = /\b(FATAL|PANIC):/;
const EXPECTED = [/terminating connection due to administrator command/];

export function createServerLogFilter(print: (line: string) => void): (chunk: string) => void {
  let showing = false;
  // A chunk of stderr may end in the middle of a line.
  let pending = "";
  return (chunk) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "") continue;
      // Continuation lines (a PL/pgSQL context, a multi-line DETAIL) follow their message.
      if (/^\s/.test(line)) {
        if (showing) print(line);
        continue;
      }
      showing = isSerious(line) && !EXPECTED.some((pattern) => pattern.test(line));
      if (showing) print(line);
    }
  };
}

function isSerious(line: string): boolean {
  if (line.startsWith("[client backend]")) return CLIENT_SERIOUS.test(line);
  return SERIOUS.test(line);
}
