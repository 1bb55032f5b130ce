/**
 * A localhost server for pages a test writes itself: `host.put("/x.html", html)` then open
 * `host.origin + "/x.html"`. Optional headers per page (say, a CSP).
 */
import { createServer } from "node:http";
import { listenOnLoopback } from "./listen";

export interface PageHost {
  origin: string;
  put(path: string, body: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

export async function startPageHost(): Promise<PageHost> {
  const pages = new Map<string, { body: string; headers: Record<string, string> }>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...page.headers }).end(page.body);
  });
  const { origin, close } = await listenOnLoopback(server);
  return {
    origin,
    put(path, body, headers = {}) {
      pages.set(path, { body, headers });
      return origin + path;
    },
    close,
  };
}
