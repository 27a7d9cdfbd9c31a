import { diagramPropsSchema, parseDiagramProps, type DiagramProps } from "./diagram-schema";
import { diagramId, SvgFigure } from "./svg-figure";

const CELL_W = 190;
const CELL_H = 110;
const BOX_W = 156;
const BOX_H = 56;
const PAD = 28;

const KIND_CLASS: Record<string, string> = {
  client: "fill-white stroke-slate-500 dark:fill-slate-800 dark:stroke-slate-400",
  service: "fill-blue-50 stroke-blue-600 dark:fill-blue-950 dark:stroke-blue-400",
  store: "fill-emerald-50 stroke-emerald-700 dark:fill-emerald-950 dark:stroke-emerald-400",
  queue: "fill-amber-50 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-400",
  cache: "fill-violet-50 stroke-violet-700 dark:fill-violet-950 dark:stroke-violet-400",
  external: "fill-white stroke-slate-500 dark:fill-slate-900 dark:stroke-slate-400",
};

type Point = { x: number; y: number };

/** Where the segment from a box's centre towards `to` leaves the box. */
function boxExit(center: Point, to: Point): Point {
  const dx = to.x - center.x;
  const dy = to.y - center.y;
  if (dx === 0 && dy === 0) return center;
  const sx = dx === 0 ? Infinity : BOX_W / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : BOX_H / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: center.x + dx * s, y: center.y + dy * s };
}

/** A box-and-arrow diagram laid out on a grid, rendered to static SVG on the server. */
export function Diagram(props: DiagramProps) {
  const d = parseDiagramProps(diagramPropsSchema, props, "Diagram");
  const id = diagramId("dg", d.title);
  const cols = Math.max(...d.nodes.map((n) => n.col)) + 1;
  const rows = Math.max(...d.nodes.map((n) => n.row)) + 1;
  const groupTop = d.groups.length > 0 ? 18 : 0;
  const width = cols * CELL_W + PAD * 2;
  const height = rows * CELL_H + PAD * 2 + groupTop;
  const center = new Map(
    d.nodes.map((n) => [n.id, { x: PAD + n.col * CELL_W + CELL_W / 2, y: PAD + groupTop + n.row * CELL_H + CELL_H / 2 }]),
  );
  const pairs = new Set(d.edges.map((e) => `${e.from}>${e.to}`));

  return (
    <SvgFigure id={id} title={d.title} alt={d.alt} width={width} height={height}>
      {d.groups.map((g) => {
        const members = g.nodes.map((n) => center.get(n)!);
        const x1 = Math.min(...members.map((p) => p.x)) - BOX_W / 2 - 14;
        const x2 = Math.max(...members.map((p) => p.x)) + BOX_W / 2 + 14;
        const y1 = Math.min(...members.map((p) => p.y)) - BOX_H / 2 - 30;
        const y2 = Math.max(...members.map((p) => p.y)) + BOX_H / 2 + 14;
        return (
          <g key={g.label}>
            <rect
              x={x1}
              y={y1}
              width={x2 - x1}
              height={y2 - y1}
              rx={10}
              className="fill-none stroke-slate-400 dark:stroke-slate-500"
              strokeDasharray="6 4"
            />
            <text x={x1 + 10} y={y1 + 17} fontSize={12} fontWeight={600} className="fill-slate-600 dark:fill-slate-300">
              {g.label}
            </text>
          </g>
        );
      })}
      {d.edges.map((e, i) => {
        const a = center.get(e.from)!;
        const b = center.get(e.to)!;
        // Two edges between the same nodes in opposite directions are drawn side by side.
        const reverse = pairs.has(`${e.to}>${e.from}`);
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const off = reverse ? 8 : 0;
        const nx = (-(b.y - a.y) / len) * off;
        const ny = ((b.x - a.x) / len) * off;
        const start = boxExit(a, b);
        const end = boxExit(b, a);
        const p1 = { x: start.x + nx, y: start.y + ny };
        const p2 = { x: end.x + nx, y: end.y + ny };
        const mid = { x: (p1.x + p2.x) / 2 + nx * 1.5, y: (p1.y + p2.y) / 2 + ny * 1.5 };
        const labelW = (e.label?.length ?? 0) * 6.2 + 10;
        return (
          <g key={`${e.from}-${e.to}-${i}`}>
            <line
              x1={p1.x}
              y1={p1.y}
              x2={p2.x}
              y2={p2.y}
              strokeWidth={1.6}
              strokeDasharray={e.dashed ? "5 4" : undefined}
              markerEnd={`url(#${id}-arrow)`}
              className="stroke-slate-600 dark:stroke-slate-300"
            />
            {e.label ? (
              <g>
                <rect
                  x={mid.x - labelW / 2}
                  y={mid.y - 9}
                  width={labelW}
                  height={17}
                  rx={3}
                  className="fill-slate-50 dark:fill-slate-900"
                  opacity={0.92}
                />
                <text x={mid.x} y={mid.y + 4} fontSize={11} textAnchor="middle" className="fill-slate-700 dark:fill-slate-200">
                  {e.label}
                </text>
              </g>
            ) : null}
          </g>
        );
      })}
      {d.nodes.map((n) => {
        const c = center.get(n.id)!;
        const x = c.x - BOX_W / 2;
        const y = c.y - BOX_H / 2;
        return (
          <g key={n.id}>
            <rect
              x={x}
              y={y}
              width={BOX_W}
              height={BOX_H}
              rx={n.kind === "client" ? 18 : n.kind === "store" ? 4 : 8}
              strokeWidth={n.kind === "store" ? 2.2 : 1.6}
              strokeDasharray={n.kind === "external" ? "4 3" : undefined}
              className={KIND_CLASS[n.kind]}
            />
            {n.kind === "store" ? (
              <line x1={x} y1={y + 9} x2={x + BOX_W} y2={y + 9} strokeWidth={1.2} className="stroke-emerald-700 dark:stroke-emerald-400" />
            ) : null}
            {n.kind === "queue" ? (
              <>
                <line x1={x + BOX_W - 22} y1={y} x2={x + BOX_W - 22} y2={y + BOX_H} strokeWidth={1} className="stroke-amber-700 dark:stroke-amber-400" />
                <line x1={x + BOX_W - 12} y1={y} x2={x + BOX_W - 12} y2={y + BOX_H} strokeWidth={1} className="stroke-amber-700 dark:stroke-amber-400" />
              </>
            ) : null}
            <text
              x={c.x}
              y={n.detail ? c.y - 2 : c.y + 5}
              fontSize={13}
              fontWeight={600}
              textAnchor="middle"
              className="fill-slate-900 dark:fill-slate-50"
            >
              {n.label}
            </text>
            {n.detail ? (
              <text x={c.x} y={c.y + 15} fontSize={11} textAnchor="middle" className="fill-slate-600 dark:fill-slate-300">
                {n.detail}
              </text>
            ) : null}
          </g>
        );
      })}
    </SvgFigure>
  );
}
