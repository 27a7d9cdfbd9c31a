import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import GithubSlugger from "github-slugger";
import type { Root, RootContent } from "mdast";

export type Heading = { depth: 2 | 3; text: string; id: string };
export type Section = {
  heading: Heading;
  /** Plain text of the section's first paragraph. */
  firstParagraph: string;
  subheadings: string[];
  elements: string[];
};

export type BodyAnalysis = {
  /** Words of prose: text outside code blocks, JSX props and expressions. */
  proseWords: number;
  codeWords: number;
  headings: Heading[];
  sections: Section[];
  /** JSX element names in document order, e.g. ["Diagram", "Question"]. */
  elements: string[];
  questionKinds: string[];
  /** Prose for search and snippets, with block boundaries kept as newlines. */
  plainText: string;
};

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%/:-]*/gu);
  return words ? words.length : 0;
}

type Node = Root | RootContent;

function jsxName(node: Node): string | null {
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") return node.name ?? null;
  return null;
}

function jsxAttr(node: Node, name: string): string | undefined {
  if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return undefined;
  for (const attr of node.attributes) {
    if (attr.type === "mdxJsxAttribute" && attr.name === name && typeof attr.value === "string") return attr.value;
  }
  return undefined;
}

/** Parses an MDX body; throws the parser's message (with line and column) on invalid MDX. */
export function analyzeBody(body: string): BodyAnalysis {
  const tree = processor.parse(body) as Root;
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const sections: Section[] = [];
  const elements: string[] = [];
  const questionKinds: string[] = [];
  const textBlocks: string[] = [];
  let proseWords = 0;
  let codeWords = 0;

  const visit = (node: Node, section: Section | undefined): void => {
    if (node.type === "code") {
      codeWords += countWords(node.value);
      return;
    }
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression" || node.type === "mdxjsEsm") return;
    if (node.type === "text" || node.type === "inlineCode") {
      proseWords += countWords(node.value);
      return;
    }
    const name = jsxName(node);
    if (name) {
      elements.push(name);
      section?.elements.push(name);
      if (name === "Question") {
        questionKinds.push(jsxAttr(node, "kind") ?? "concept");
        const q = jsxAttr(node, "q");
        if (q) {
          proseWords += countWords(q);
          textBlocks.push(q);
        }
      }
    }
    if ("children" in node) for (const child of node.children) visit(child as Node, section);
  };

  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      const text = toString(node);
      const heading: Heading = { depth: node.depth, text, id: slugger.slug(text) };
      headings.push(heading);
      proseWords += countWords(text);
      textBlocks.push(text);
      if (node.depth === 2) {
        current = { heading, firstParagraph: "", subheadings: [], elements: [] };
        sections.push(current);
      } else {
        current?.subheadings.push(text);
      }
      continue;
    }
    if (current && node.type === "paragraph" && current.firstParagraph === "" ) {
      current.firstParagraph = toString(node);
    }
    visit(node, current);
    if (node.type !== "code" && node.type !== "mdxjsEsm" && node.type !== "mdxFlowExpression") {
      const text = blockText(node);
      if (text) textBlocks.push(text);
    }
  }

  return { proseWords, codeWords, headings, sections, elements, questionKinds, plainText: textBlocks.join("\n") };
}

/** Text of a block without code and without JSX props (diagram labels are not prose). */
function blockText(node: Node): string {
  if (node.type === "code" || node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") return "";
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if ("children" in node) {
    return (node.children as Node[]).map(blockText).filter(Boolean).join(node.type === "paragraph" ? "" : " ");
  }
  return "";
}
