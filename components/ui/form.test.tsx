import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxField, Field, SelectField } from "./form";

const ids = (html: string) => [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
const attr = (html: string, tag: string, name: string) => html.match(new RegExp(`<${tag}[^>]*\\b${name}="([^"]*)"`))?.[1];

describe("form fields", () => {
  it("two forms with a field of the same name on one page never share an id", () => {
    const html = renderToStaticMarkup(
      <>
        <form>
          <CheckboxField label="Reset" name="confirm" errors={["Tick the box."]} />
        </form>
        <form>
          <CheckboxField label="Delete" name="confirm" errors={["Tick the box."]} />
        </form>
      </>,
    );
    const all = ids(html);
    expect(all).toHaveLength(4); // two checkboxes, two errors
    expect(new Set(all).size).toBe(all.length);
  });

  it("links the label, the hint and the error to the control", () => {
    const html = renderToStaticMarkup(<SelectField label="Path" name="path" hint="Pick one." errors={["Choose a path."]} />);
    const id = attr(html, "select", "id")!;
    expect(attr(html, "label", "for")).toBe(id);
    expect(attr(html, "select", "aria-describedby")).toBe(`${id}-hint ${id}-error`);
    expect(attr(html, "select", "aria-invalid")).toBe("true");
    expect(html).toContain(`id="${id}-error"`);
  });

  it("adds a caller's className to the control's base style instead of replacing it", () => {
    const html = renderToStaticMarkup(<Field label="Join code" name="code" className="font-mono uppercase" />);
    const classes = attr(html, "input", "class")!.split(" ");
    expect(classes).toEqual(expect.arrayContaining(["rounded-md", "border", "px-3", "font-mono", "uppercase"]));
  });
});
