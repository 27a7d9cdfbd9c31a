"use client";

/** Last resort when the root layout itself fails: plain HTML, no raw error text. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem 1rem", textAlign: "center" }}>
        <h1>Something went wrong on our side</h1>
        <p>Please try again in a few minutes.</p>
        {error.digest ? <p style={{ fontSize: "0.75rem" }}>Reference: {error.digest}</p> : null}
        <p>
          {/* The root layout failed, so the client router may be unusable: a plain link reloads. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Go to the home page</a>
        </p>
      </body>
    </html>
  );
}
