// A signed-in HTTP client for the benchmarks: next-auth's own endpoints, a tiny cookie jar, and
// plain fetch (keep-alive, as a browser would), against a server on a loopback address only.

export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {
    const { hostname } = new URL(baseUrl);
    if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname)) {
      throw new Error(`The benchmarks only talk to a server on this machine, not ${hostname}.`);
    }
  }

  /** GET (or POST a form), keep the cookies the server sets, and read the whole body. */
  async request(path: string, form?: Record<string, string>): Promise<{ status: number; body: string }> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method: form ? "POST" : "GET",
      headers: {
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: "manual",
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const separator = pair.indexOf("=");
      if (separator > 0) this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
    return { status: response.status, body: await response.text() };
  }

  /** GET that must answer 200; returns the body. */
  async get(path: string): Promise<string> {
    const { status, body } = await this.request(path);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}, not 200.`);
    return body;
  }

  /** Signs in with e-mail and password as the sign-in page does, and checks the session. */
  async signIn(email: string, password: string): Promise<void> {
    const { csrfToken } = JSON.parse(await this.get("/api/auth/csrf")) as { csrfToken: string };
    const signedIn = await this.request("/api/auth/callback/credentials", {
      email,
      password,
      csrfToken,
      callbackUrl: new URL("/tenders", this.baseUrl).toString(),
      json: "true",
    });
    const reply = safeJson(signedIn.body) as { url?: string } | undefined;
    if (signedIn.status !== 200 || !reply?.url || new URL(reply.url).searchParams.has("error")) {
      throw new Error(`Signing in as ${email} failed (${signedIn.status}: ${signedIn.body.slice(0, 200)}).`);
    }
    const session = safeJson(await this.get("/api/auth/session")) as { user?: { email?: string } } | undefined;
    if (session?.user?.email !== email) throw new Error(`No session for ${email} after signing in.`);
  }

  /** Polls `path` until it answers 200, or gives up after `timeoutMs`. */
  async waitUntilUp(path: string, timeoutMs: number, stillRunning: () => boolean): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!stillRunning()) throw new Error("The server stopped before it was ready.");
      try {
        if ((await this.request(path)).status === 200) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`${this.baseUrl}${path} did not answer within ${timeoutMs / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
