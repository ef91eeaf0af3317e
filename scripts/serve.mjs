// A small static server for the gallery: "/" is www/, "/pkg/" is wasm-pack's output.
// Usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--site www]
// (port 0 picks a free one; --site bench serves the benchmark pages at "/" instead)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const port = Number(option("port", process.env.PORT ?? 8080));
const host = option("host", "127.0.0.1");
const site = option("site", "www");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

// Maps a URL path to a file under www/ or pkg/, refusing anything that climbs out of them.
function fileFor(pathname) {
  const [base, rest] = pathname.startsWith("/pkg/")
    ? [join(root, "pkg"), pathname.slice("/pkg/".length)]
    : [join(root, site), pathname.slice(1)];
  const path = normalize(join(base, decodeURIComponent(rest)));
  return path === base || path.startsWith(base + sep) ? path : null;
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url, "http://localhost");
    let path = fileFor(url.pathname);
    if (path && (await stat(path).catch(() => null))?.isDirectory()) path = join(path, "index.html");
    const body = path ? await readFile(path) : null;
    response.writeHead(200, {
      "Content-Type": types[extname(path)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    response.end(body);
  } catch {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Not found\n");
  }
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`Serving the council-charts gallery at http://${host}:${actual}/`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
