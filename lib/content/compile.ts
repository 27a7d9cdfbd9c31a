import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import rehypeSlug from "rehype-slug";
import { ContentError } from "./files";

/**
 * Compiles an MDX body to the function body mdx-bundler evaluates on the server.
 * Heading ids come from github-slugger, the same ids the table of contents uses.
 */
export async function compileMdx(body: string, file: string): Promise<string> {
  try {
    const { code } = await bundleMDX({
      source: body,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
        return options;
      },
    });
    return code;
  } catch (error) {
    throw new ContentError(file, "body", `MDX does not compile: ${(error as Error).message.split("\n")[0]}`);
  }
}
