/** A localhost server for the bench's pages (never the network): `put(path, body)` then open it. */
import { createServer } from "node:http";

export interface BenchServer {
  origin: string;
  put(path: string, body: string, type?: string): string;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const files = new Map<string, { body: string; type: string }>();
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? "/", "http://localhost").pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const origin = `http://localhost:${typeof address === "object" && address ? address.port : 0}`;
  return {
    origin,
    put(path, body, type = "text/html; charset=utf-8") {
      files.set(path, { body, type });
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
