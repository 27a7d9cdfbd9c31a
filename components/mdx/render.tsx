import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./components";

/**
 * Renders compiled MDX on the server (mdx-bundler evaluates it with `new Function`,
 * never in the browser). The MDX content function is called, not mounted, so no
 * component type is created during render.
 */
export function MdxBody({ code }: { code: string }) {
  const content = getMDXComponent(code);
  return content({ components: mdxComponents });
}
