import { renderEmail, type RenderedEmail } from "./render";

const day = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

type Common = { name: string; className: string; pathTitle: string; classUrl: string; unsubscribeUrl: string };

/** Sent when a class the learner is in assigns a path (docs/decisions/017). */
export function assignedEmail({ name, className, pathTitle, classUrl, unsubscribeUrl, dueAt, steps }: Common & { dueAt: Date | null; steps: number }): RenderedEmail {
  return renderEmail({
    subject: `New in ${className}: ${pathTitle}`,
    blocks: [
      { kind: "heading", text: `${className} assigned ${pathTitle}` },
      { kind: "paragraph", text: `Hello ${name},` },
      {
        kind: "paragraph",
        text: `Your instructors assigned the path ${pathTitle} (${steps} ${steps === 1 ? "study" : "studies"}), ${dueAt ? `due ${day.format(dueAt)} (UTC)` : "with no due date"}.`,
      },
      { kind: "action", label: "Open the class", url: classUrl },
      { kind: "note", text: `You get this because you are in ${className}. Stop emails about new assignments: ${unsubscribeUrl}` },
    ],
  });
}

/** Sent 3 days before an assignment's due date while the learner has not finished it. */
export function reminderEmail({ name, className, pathTitle, classUrl, unsubscribeUrl, dueAt, completed, steps }: Common & { dueAt: Date; completed: number; steps: number }): RenderedEmail {
  return renderEmail({
    subject: `Due ${day.format(dueAt)}: ${pathTitle}`,
    blocks: [
      { kind: "heading", text: `${pathTitle} is due soon` },
      { kind: "paragraph", text: `Hello ${name},` },
      { kind: "paragraph", text: `${className} asks for ${pathTitle} by ${day.format(dueAt)} (UTC). You have completed ${completed} of its ${steps} studies.` },
      { kind: "action", label: "Continue the path", url: classUrl },
      { kind: "note", text: `One reminder per assignment. Stop due-date reminders: ${unsubscribeUrl}` },
    ],
  });
}
