/**
 * A localhost server for the browser tests: the shared fixture pages under /fixtures/, our
 * bundled samples under /samples/, the tests' own pages under /pages/. Pages saved in GBK
 * (`*.gbk.html`) are sent with that charset, as a Chinese portal's server would.
 */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { listenOnLoopback } from "./listen";

const root = new URL("../../../", import.meta.url).pathname;
export const FIXTURES_DIR = join(root, "..", "shared", "fixtures", "pages");

const MOUNTS: Record<string, string> = {
  fixtures: FIXTURES_DIR,
  samples: join(root, "samples"),
  pages: join(root, "tests", "e2e", "pages"),
};

function contentType(path: string): string {
  if (path.endsWith(".gbk.html")) return "text/html; charset=gbk";
  if (extname(path) === ".html") return "text/html; charset=utf-8";
  if (extname(path) === ".css") return "text/css; charset=utf-8";
  return "application/octet-stream";
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const [, mount, ...rest] = url.pathname.split("/");
    const dir = MOUNTS[mount ?? ""];
    const file = dir ? normalize(join(dir, ...rest.map(decodeURIComponent))) : null;
    if (!dir || !file || !file.startsWith(dir)) {
      res.writeHead(404).end("not found");
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": contentType(file), "cache-control": "no-store" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return listenOnLoopback(server);
}
