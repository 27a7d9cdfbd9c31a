import { describe, expect, it } from "vitest";
import { rememberViewer, rememberedViewer, withRequestViewer } from "./request-viewer";

const viewer = (id: string) => ({ id, name: id, email: `${id}@example.test`, emailVerified: true, roles: [], permissions: new Set<string>(), sessionVersion: 0 });

describe("the viewer kept for one request", () => {
  it("is the one the session check remembered, and only for that user", async () => {
    await withRequestViewer(async () => {
      rememberViewer(viewer("ana"));
      await Promise.resolve();
      expect(rememberedViewer("ana")?.id).toBe("ana");
      expect(rememberedViewer("bo")).toBeUndefined();
    });
  });

  it("is not kept outside a request, nor carried into the next one", async () => {
    rememberViewer(viewer("ana"));
    expect(rememberedViewer("ana")).toBeUndefined();
    await withRequestViewer(async () => rememberViewer(viewer("ana")));
    await withRequestViewer(async () => expect(rememberedViewer("ana")).toBeUndefined());
  });

  it("does not mix requests that run at the same time", async () => {
    const seen = await Promise.all(
      ["ana", "bo", "cy"].map((id) =>
        withRequestViewer(async () => {
          rememberViewer(viewer(id));
          await new Promise((r) => setTimeout(r, 5));
          return [rememberedViewer("ana")?.id, rememberedViewer("bo")?.id, rememberedViewer("cy")?.id].filter(Boolean);
        }),
      ),
    );
    expect(seen).toEqual([["ana"], ["bo"], ["cy"]]);
  });
});
