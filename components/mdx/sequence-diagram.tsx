import { parseDiagramProps, sequencePropsSchema, type SequenceProps } from "./diagram-schema";
import { diagramId, SvgFigure } from "./svg-figure";

const COL_W = 170;
const ROW_H = 42;
const HEAD_H = 44;
const PAD = 20;

/** A message sequence between actors, rendered to static SVG on the server. */
export function SequenceDiagram(props: SequenceProps) {
  const d = parseDiagramProps(sequencePropsSchema, props, "SequenceDiagram");
  const id = diagramId("sq", d.title);
  const width = d.actors.length * COL_W + PAD * 2;
  const height = HEAD_H + (d.messages.length + 1) * ROW_H + PAD * 2;
  const x = (actor: string) => PAD + d.actors.indexOf(actor) * COL_W + COL_W / 2;
  const bottom = height - PAD;

  return (
    <SvgFigure id={id} title={d.title} alt={d.alt} width={width} height={height}>
      {d.actors.map((actor) => (
        <g key={actor}>
          <line x1={x(actor)} y1={PAD + HEAD_H} x2={x(actor)} y2={bottom} strokeDasharray="4 4" className="stroke-slate-400 dark:stroke-slate-500" />
          <rect
            x={x(actor) - COL_W / 2 + 10}
            y={PAD}
            width={COL_W - 20}
            height={HEAD_H - 8}
            rx={6}
            className="fill-blue-50 stroke-blue-600 dark:fill-blue-950 dark:stroke-blue-400"
            strokeWidth={1.5}
          />
          <text x={x(actor)} y={PAD + 23} fontSize={13} fontWeight={600} textAnchor="middle" className="fill-slate-900 dark:fill-slate-50">
            {actor}
          </text>
        </g>
      ))}
      {d.messages.map((m, i) => {
        const y = PAD + HEAD_H + (i + 1) * ROW_H;
        if ("note" in m) {
          const w = Math.min(COL_W * 1.6, m.note.length * 6.4 + 16);
          return (
            <g key={i}>
              <rect x={x(m.over) - w / 2} y={y - 14} width={w} height={22} rx={3} className="fill-amber-50 stroke-amber-600 dark:fill-amber-950 dark:stroke-amber-400" />
              <text x={x(m.over)} y={y + 1} fontSize={11} textAnchor="middle" className="fill-slate-800 dark:fill-slate-100">
                {m.note}
              </text>
            </g>
          );
        }
        const x1 = x(m.from);
        const x2 = x(m.to);
        if (x1 === x2) {
          return (
            <g key={i}>
              <path
                d={`M${x1},${y - 8} h34 v16 h-30`}
                fill="none"
                strokeWidth={1.5}
                markerEnd={`url(#${id}-arrow)`}
                className="stroke-slate-600 dark:stroke-slate-300"
              />
              <text x={x1 + 40} y={y + 4} fontSize={11} className="fill-slate-700 dark:fill-slate-200">
                {m.label}
              </text>
            </g>
          );
        }
        const dir = x2 > x1 ? 1 : -1;
        return (
          <g key={i}>
            <line
              x1={x1}
              y1={y}
              x2={x2 - dir * 2}
              y2={y}
              strokeWidth={1.5}
              strokeDasharray={m.dashed ? "5 4" : undefined}
              markerEnd={`url(#${id}-arrow)`}
              className="stroke-slate-600 dark:stroke-slate-300"
            />
            <text x={(x1 + x2) / 2} y={y - 6} fontSize={11} textAnchor="middle" className="fill-slate-700 dark:fill-slate-200">
              {m.label}
            </text>
          </g>
        );
      })}
    </SvgFigure>
  );
}
