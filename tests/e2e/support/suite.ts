/**
 * What most browser test files share: one Chromium with the built extension and one local
 * server, started before the file's first test and closed after its last. The fields are
 * set once `before` has run, so tests read them as `suite.browser` and `suite.server`.
 */
import { after, before } from "node:test";
import { launchWithExtension, type ExtensionBrowser } from "./browser";

export interface Suite<S> {
  browser: ExtensionBrowser;
  server: S;
}

export function extensionSuite<S extends { close(): Promise<void> }>(startServer: () => Promise<S>): Suite<S> {
  const suite = {} as Suite<S>;
  before(async () => {
    [suite.browser, suite.server] = await Promise.all([launchWithExtension(), startServer()]);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
