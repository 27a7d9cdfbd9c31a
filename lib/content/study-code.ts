import { compileMdx } from "./compile";
import type { Study } from "./catalog";

const compiled = new Map<string, Promise<string>>();

/** Compiled MDX for a study, once per process (the build prerenders every study). */
export function getStudyCode(study: Study): Promise<string> {
  let code = compiled.get(study.id);
  if (!code) {
    code = compileMdx(study.body, study.file);
    compiled.set(study.id, code);
  }
  return code;
}
