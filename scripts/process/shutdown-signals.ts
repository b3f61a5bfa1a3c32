const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
// One Ctrl-C often arrives more than once: the terminal signals the whole process group, and
// npm and tsx each relay it again. Only a signal well after the first means "stop waiting".
const REPEAT_GRACE_MS = 2_000;

// Runs `handler` once on Ctrl-C or a termination request, so that servers we started are
// stopped in order.
export function onShutdownSignal(handler: (signal: NodeJS.Signals) => Promise<void>): void {
  let firstAt: number | undefined;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (firstAt !== undefined) {
        if (Date.now() - firstAt < REPEAT_GRACE_MS) return;
        console.error(`\nReceived ${signal} again: exiting without waiting.`);
        process.exit(130);
      }
      firstAt = Date.now();
      handler(signal).catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
    });
  }
}
