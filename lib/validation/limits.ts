/**
 * Length limits shared by forms (to show them) and schemas (to enforce them).
 * No imports: client components read these without pulling the schemas, and
 * the server-only common-password list, into the browser.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const CLASS_NAME_MAX = 120;
export const PATH_TITLE_MAX = 120;
export const PATH_DESCRIPTION_MAX = 1000;
export const PATH_STEPS_MAX = 30;
export const NOTE_MAX = 2000;
export const USER_SEARCH_MAX = 100;
