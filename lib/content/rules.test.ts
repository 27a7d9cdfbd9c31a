import { describe, expect, it } from "vitest";
import type { Study } from "./catalog";
import { checkInternalLinks } from "./rules";

const catalog = {
  studyById: new Map([["databases/vault", {}]]),
  domainBySlug: new Map([["databases", {}]]),
  pathBySlug: new Map([["foundation-track", {}]]),
  patternBySlug: new Map([["consistent-hashing", {}]]),
} as unknown as Parameters<typeof checkInternalLinks>[1];
const study = (body: string) => ({ file: "content/studies/x/y.mdx", body }) as Study;

describe("internal links in a study", () => {
  it("accepts studies, domains, paths, patterns and the listing pages, with fragments and queries", () => {
    const body = [
      "[Vault](/case-studies/databases/vault#key-challenges)",
      "[databases](/case-studies/databases)",
      "[track](/paths/foundation-track)",
      "[ring](/patterns/consistent-hashing/)",
      "[all](/case-studies?difficulty=advanced) [search](/search?q=raft) [home](/)",
      "[outside](https://example.com/studies/x)",
    ].join("\n");
    expect(checkInternalLinks(study(body), catalog)).toEqual([]);
  });

  it("names each link to a page that does not exist", () => {
    const body = "[a](/studies/databases/vault) [b](/case-studies/databases/no-such) [c](/patterns/nope) [d](/case-studies/databases/vault/extra)";
    expect(checkInternalLinks(study(body), catalog).map((p) => p.message)).toEqual([
      "links to /studies/databases/vault, which is no page of this site",
      "links to /case-studies/databases/no-such, which is no page of this site",
      "links to /patterns/nope, which is no page of this site",
      "links to /case-studies/databases/vault/extra, which is no page of this site",
    ]);
  });
});
