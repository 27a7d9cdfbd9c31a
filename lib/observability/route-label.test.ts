import { describe, expect, it } from "vitest";
import { routeLabel } from "./route-label";

describe("routeLabel", () => {
  it("collapses ids and slugs into their route pattern", () => {
    expect(routeLabel("/case-studies/databases/etcd")).toBe("/case-studies/[domain]/[slug]");
    expect(routeLabel("/case-studies/databases")).toBe("/case-studies/[domain]");
    expect(routeLabel("/instructor/classes/cl123/roster.csv")).toBe("/instructor/classes/[id]/roster.csv");
    expect(routeLabel("/classes/join")).toBe("/classes/join");
    expect(routeLabel("/classes/cl123")).toBe("/classes/[id]");
    expect(routeLabel("/_next/static/chunks/a.js")).toBe("/_next/static/*");
  });

  it("puts anything unknown under one label, so a scanner cannot blow up the metrics", () => {
    const labels = new Set(Array.from({ length: 100 }, (_, i) => routeLabel(`/wp-admin/${i}.php`)));
    expect([...labels]).toEqual(["other"]);
  });
});
