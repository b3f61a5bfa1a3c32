export type DemoDataDecision = { load: true } | { load: false; reason: string | undefined };

// The demo accounts have published passwords: production only gets them on explicit request.
export function decideDemoData(env: { NODE_ENV?: string; DEMO_DATA?: string }): DemoDataDecision {
  if (env.DEMO_DATA === "false") return { load: false, reason: undefined };
  if (env.NODE_ENV === "production" && env.DEMO_DATA !== "true") {
    return {
      load: false,
      reason:
        "Not loading the demo data: NODE_ENV=production, and its accounts have published passwords. " +
        "Set DEMO_DATA=true to load it anyway (a demonstration server), or DEMO_DATA=false to silence this.",
    };
  }
  return { load: true };
}
