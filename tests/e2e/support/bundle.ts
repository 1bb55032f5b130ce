/**
 * Bundles one of our modules into a script the tests evaluate in a page's main world, so a
 * test can run the very code the content script runs (e.g. the page-text finder) against the
 * live DOM and compare the extension's marks with the extractor's answer.
 */
import { build, type Rolldown } from "vite";

const cache = new Map<string, Promise<string>>();

/** An IIFE that assigns the module's exports to `globalThis[name]`. */
export function bundleForPage(entry: string, name: string): Promise<string> {
  const key = `${entry}#${name}`;
  let code = cache.get(key);
  if (!code) {
    code = (async () => {
      const result = await build({
        configFile: false,
        logLevel: "silent",
        build: {
          write: false,
          minify: false,
          lib: { entry: new URL(`../../../${entry}`, import.meta.url).pathname, formats: ["iife"], name },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      return outputs[0].output[0].code;
    })();
    cache.set(key, code);
  }
  return code;
}
