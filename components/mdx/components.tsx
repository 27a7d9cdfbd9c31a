import type { ComponentProps } from "react";
import { Callout, Figure, Incident, MetricsTable, Question } from "./blocks";
import { Diagram } from "./diagram";
import { SequenceDiagram } from "./sequence-diagram";

/** External links open normally but do not leak the referrer's opener. */
function Anchor(props: ComponentProps<"a">) {
  const external = props.href?.startsWith("http");
  return <a {...props} rel={external ? "noopener noreferrer" : undefined} />;
}

/** Everything a study's MDX may use, without imports. */
export const mdxComponents = {
  a: Anchor,
  Callout,
  Figure,
  MetricsTable,
  Diagram,
  SequenceDiagram,
  Incident,
  Question,
};
