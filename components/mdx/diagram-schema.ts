import { z } from "zod";

const nodeKind = z.enum(["client", "service", "store", "queue", "cache", "external"]);

export const diagramPropsSchema = z
  .object({
    title: z.string().min(5),
    alt: z.string().min(40, "alt must describe the diagram in full sentences"),
    nodes: z
      .array(
        z.object({
          id: z.string().min(1),
          label: z.string().min(1).max(26),
          detail: z.string().max(30).optional(),
          col: z.number().int().min(0).max(5),
          row: z.number().int().min(0).max(5),
          kind: nodeKind.default("service"),
        }),
      )
      .min(2),
    edges: z
      .array(
        z.object({
          from: z.string(),
          to: z.string(),
          label: z.string().max(28).optional(),
          dashed: z.boolean().optional(),
        }),
      )
      .default([]),
    groups: z.array(z.object({ label: z.string().min(1).max(56), nodes: z.array(z.string()).min(1) })).default([]),
  })
  .superRefine((d, ctx) => {
    const ids = new Set(d.nodes.map((n) => n.id));
    const cells = new Set<string>();
    d.nodes.forEach((n, i) => {
      const cell = `${n.col},${n.row}`;
      if (cells.has(cell)) ctx.addIssue({ code: "custom", path: ["nodes", i], message: `two nodes share col ${n.col}, row ${n.row}` });
      cells.add(cell);
    });
    if (ids.size !== d.nodes.length) ctx.addIssue({ code: "custom", path: ["nodes"], message: "node ids must be unique" });
    d.edges.forEach((e, i) => {
      for (const end of [e.from, e.to]) {
        if (!ids.has(end)) ctx.addIssue({ code: "custom", path: ["edges", i], message: `unknown node '${end}'` });
      }
    });
    d.groups.forEach((g, i) => {
      for (const id of g.nodes) {
        if (!ids.has(id)) ctx.addIssue({ code: "custom", path: ["groups", i], message: `unknown node '${id}'` });
      }
    });
  });
export type DiagramProps = z.input<typeof diagramPropsSchema>;

export const sequencePropsSchema = z
  .object({
    title: z.string().min(5),
    alt: z.string().min(40, "alt must describe the diagram in full sentences"),
    actors: z.array(z.string().min(1).max(28)).min(2).max(6),
    messages: z
      .array(
        z.union([
          z.object({ from: z.string(), to: z.string(), label: z.string().min(1).max(40), dashed: z.boolean().optional() }),
          z.object({ note: z.string().min(1).max(60), over: z.string() }),
        ]),
      )
      .min(1),
  })
  .superRefine((d, ctx) => {
    const actors = new Set(d.actors);
    d.messages.forEach((m, i) => {
      const ends = "note" in m ? [m.over] : [m.from, m.to];
      for (const end of ends) {
        if (!actors.has(end)) ctx.addIssue({ code: "custom", path: ["messages", i], message: `unknown actor '${end}'` });
      }
    });
  });
export type SequenceProps = z.input<typeof sequencePropsSchema>;

/** Parses props or throws an error that names the diagram and the field, failing the build. */
export function parseDiagramProps<S extends z.ZodType>(schema: S, props: unknown, kind: string): z.output<S> {
  const result = schema.safeParse(props);
  if (!result.success) {
    const title = (props as { title?: string })?.title ?? "(untitled)";
    const issue = result.error.issues[0]!;
    throw new Error(`<${kind} title="${title}">: ${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}
