import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./components";

/** Renders compiled MDX on the server (mdx-bundler evaluates it with `new Function`, never in the browser). */
export function MdxBody({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  return <Component components={mdxComponents} />;
}
