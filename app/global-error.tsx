"use client";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";

/**
 * Last resort when even the page frame failed. The language is not known here, so the message
 * is given in every language the app speaks.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const versions = [
    { lang: "en", text: en.errorPage },
    { lang: "fr", text: fr.errorPage },
    { lang: "de", text: de.errorPage },
  ];
  return (
    <html lang="en">
      <body style={{ fontFamily: "sans-serif", margin: "2rem", maxWidth: "40rem", color: "#1b1b1b" }}>
        <main>
          {versions.map(({ lang, text }) => (
            <section key={lang} lang={lang} style={{ marginBottom: "2rem" }}>
              <h1 style={{ fontSize: "1.5rem" }}>{text.title}</h1>
              <p>{text.lead}</p>
              <p>{text.next}</p>
            </section>
          ))}
          {error.digest ? <p>{error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
