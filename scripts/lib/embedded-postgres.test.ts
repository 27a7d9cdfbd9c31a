import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { folderClosedToOthers } from "./embedded-postgres";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe("folderClosedToOthers", () => {
  it("names the first folder the postgres user could not enter, like a clone under /root", () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "closed-"));
    made.push(home);
    const project = path.join(home, "project", ".data");
    fs.mkdirSync(project, { recursive: true });
    fs.chmodSync(home, 0o700);
    expect(folderClosedToOthers(project)).toBe(home);
  });

  it("finds nothing when every folder on the way can be entered", () => {
    const open = fs.mkdtempSync(path.join(os.tmpdir(), "open-"));
    made.push(open);
    fs.chmodSync(open, 0o755);
    expect(folderClosedToOthers(path.join(open, "not-yet-created"))).toBeNull();
  });
});
