/**
 * One template per email, two bodies: a template is a list of blocks, and
 * this renders the same blocks as plain text and as HTML, so the two can never
 * say different things. Every value is escaped for HTML here; templates pass
 * plain strings.
 */
export type EmailBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  /** A call to action: a button in HTML, the label and the URL on their own lines in text. */
  | { kind: "action"; label: string; url: string }
  /** Small print at the end (why you got this email). */
  | { kind: "note"; text: string };

export type EmailTemplate = { subject: string; blocks: EmailBlock[] };
export type RenderedEmail = { subject: string; text: string; html: string };

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function blockText(block: EmailBlock): string {
  switch (block.kind) {
    case "heading":
    case "paragraph":
    case "note":
      return block.text;
    case "action":
      return `${block.label}:\n${block.url}`;
  }
}

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

function blockHtml(block: EmailBlock): string {
  switch (block.kind) {
    case "heading":
      return `<h1 style="margin:0 0 16px;font-size:20px;color:#0f172a">${escapeHtml(block.text)}</h1>`;
    case "paragraph":
      return `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:#1e293b">${escapeHtml(block.text)}</p>`;
    case "action": {
      const url = escapeHtml(block.url);
      return (
        `<p style="margin:24px 0"><a href="${url}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:#1d4ed8;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(block.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:14px;line-height:1.5;color:#334155">If the button does not work, copy this address into your browser:<br><a href="${url}" style="color:#1d4ed8;word-break:break-all">${url}</a></p>`
      );
    }
    case "note":
      return `<p style="margin:24px 0 0;font-size:13px;line-height:1.5;color:#475569">${escapeHtml(block.text)}</p>`;
  }
}

export function renderEmail({ subject, blocks }: EmailTemplate): RenderedEmail {
  const text = `${blocks.map(blockText).join("\n\n")}\n`;
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f8fafc;${FONT}">`,
    `<div style="max-width:560px;margin:0 auto;padding:24px;border-radius:8px;background:#ffffff">`,
    ...blocks.map(blockHtml),
    "</div></body></html>",
  ].join("\n");
  return { subject, text, html };
}
