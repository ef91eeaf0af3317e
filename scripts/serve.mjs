// A small static server for the gallery: "/" is www/, "/pkg/" is wasm-pack's output, "/npm/"
// the npm package (build/npm/) and "/real-data/" the published files beside the checkout. The element page is served with the strict
// Content-Security-Policy councils use (below), as is everything with --csp.
// Usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--site www] [--csp] [--gzip]
// (port 0 picks a free one; --site bench serves the benchmark pages at "/" instead; --site may
// be any folder, for a test's own pages; --gzip compresses responses for clients that accept it,
// as a real server would, for Lighthouse)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const port = Number(option("port", process.env.PORT ?? 8080));
const host = option("host", "127.0.0.1");
const site = option("site", "www");
const strictEverywhere = args.includes("--csp");
const gzip = args.includes("--gzip");
const STRICT_PAGES = ["elements.html"];

// The header the README gives councils: no inline script or style, no eval, WebAssembly
// allowed, Trusted Types required for every script sink.
const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; require-trusted-types-for 'script'";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".wasm": "application/wasm",
  ".ods": "application/vnd.oasis.opendocument.spreadsheet",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

// Maps a URL path to a file under www/ or pkg/, refusing anything that climbs out of them.
function fileFor(pathname) {
  // "/real-data/" is the publishers' files in ../shared/real-data, read in place where the
  // checkout has them beside it (never copied into the repository); elsewhere it is a 404 and
  // the gallery says so.
  const mounts = [
    ["/pkg/", join(root, "pkg")],
    ["/npm/", join(root, "build", "npm")],
    ["/real-data/", resolve(root, "..", "shared", "real-data")],
  ];
  const [prefix, folder] = mounts.find(([prefix]) => pathname.startsWith(prefix)) ?? ["/", resolve(root, site)];
  const [base, rest] = [folder, pathname.slice(prefix.length)];
  const path = normalize(join(base, decodeURIComponent(rest)));
  return path === base || path.startsWith(base + sep) ? path : null;
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url, "http://localhost");
    let path = fileFor(url.pathname);
    if (path && (await stat(path).catch(() => null))?.isDirectory()) path = join(path, "index.html");
    let body = path ? await readFile(path) : null;
    const headers = { "Content-Type": types[extname(path)] ?? "application/octet-stream", "Cache-Control": "no-store" };
    if (strictEverywhere || STRICT_PAGES.includes(basename(path))) headers["Content-Security-Policy"] = STRICT_CSP;
    if (gzip && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body, { level: 9 });
      headers["Content-Encoding"] = "gzip";
    }
    response.writeHead(200, headers);
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
