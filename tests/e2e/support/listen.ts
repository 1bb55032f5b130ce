/**
 * Starts a test server on a free loopback port. The origin says "localhost", not the IP:
 * that is a secure context, so the async clipboard API is available to the page.
 */
import type { Server } from "node:http";

export async function listenOnLoopback(server: Server): Promise<{ origin: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
