import type { ComponentProps } from "react";
import { Callout, Figure, Incident, MetricsTable, Question } from "./blocks";
import { Diagram } from "./diagram";
import { Lab } from "@/components/labs/lab";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { SequenceDiagram } from "./sequence-diagram";

/** External links open normally but do not leak the referrer's opener. */
function Anchor(props: ComponentProps<"a">) {
  const external = props.href?.startsWith("http");
  return <a {...props} rel={external ? "noopener noreferrer" : undefined} />;
}

/** Code blocks scroll sideways on a phone; focusable so the keyboard can scroll them too. */
function CodeBlock(props: ComponentProps<"pre">) {
  return <pre {...props} tabIndex={0} />;
}

/** Markdown tables scroll inside their own box rather than widening the page. */
function Table(props: ComponentProps<"table">) {
  return (
    <ScrollRegion label="Table" className="my-6">
      <table {...props} className="my-0" />
    </ScrollRegion>
  );
}

/** Everything a study's MDX may use, without imports. */
export const mdxComponents = {
  a: Anchor,
  pre: CodeBlock,
  table: Table,
  Callout,
  Figure,
  MetricsTable,
  Diagram,
  SequenceDiagram,
  Incident,
  Question,
  Lab,
};
