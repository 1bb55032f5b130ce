/**
 * A build step that marks script chunks for eager compilation, with V8's magic comment
 * (explicit compile hints, Chromium 136+; other engines read a comment).
 *
 * V8 compiles most functions lazily, when first called, and a function compiled that late is
 * not in the code cache: the content script paid that compilation again on every page load
 * (about a third of its fixed cost there). Nearly every function of our chunks runs on each
 * load, so compiling them all up front wastes little and lets the cache keep them.
 */

const HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * `classicScripts`: the manifest's content scripts (paths from the project root), left as they
 * are: crxjs wraps each in a function afterwards, and they are a few lines run once.
 * @param {readonly string[]} classicScripts
 * @returns {import("vite").Plugin}
 */
export function eagerCompileHint(classicScripts = []) {
  /** @param {string | null} id */
  const isClassic = (id) => id !== null && classicScripts.some((path) => id.endsWith(`/${path}`));
  return {
    name: "govlens-eager-compile-hint",
    // After minification (which would drop the comment).
    enforce: "post",
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === "chunk" && !isClassic(file.facadeModuleId) && !file.code.startsWith(HINT)) file.code = HINT + file.code;
      }
    },
  };
}
