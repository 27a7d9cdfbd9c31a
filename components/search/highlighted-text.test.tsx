import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "./highlighted-text";

describe("HighlightedText", () => {
  it("renders matches as <mark> and markup from content or queries as escaped text", () => {
    const html = renderToStaticMarkup(
      <p>
        <HighlightedText
          segments={[
            { text: `<img src=x onerror="alert(1)"> uses `, match: false },
            { text: "<b>kafka</b>", match: true },
          ]}
        />
      </p>,
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; uses ");
    expect(html).toMatch(/<mark[^>]*>&lt;b&gt;kafka&lt;\/b&gt;<\/mark>/);
  });
});
