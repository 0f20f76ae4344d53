#!/usr/bin/env node
// Serves dist/ over HTTPS (default https://localhost:3000/) and proxies /kosis/… to the KOSIS Open API,
// which sends no CORS headers, so the task pane can call it from its own origin.
//   node scripts/serve.mjs [--port 3000] [--dir dist] [--once-ready]
// Environment: KOSIS_BASE overrides the proxy target (tests point it at a local fake KOSIS server).
import https from "node:https";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { createRequire } from "node:module";
import { spawn } from "node:child_process";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option("--port", process.env.PORT || 3000));
const root = path.resolve(option("--dir", "dist"));
const kosisBase = process.env.KOSIS_BASE || "https://kosis.kr/openapi/";
// Where office-addin-dev-certs writes its files; used as they are when its CA cannot be installed.
const devCertDir = path.join(os.homedir(), ".office-addin-dev-certs");
const certDir = path.resolve(".certs");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Certificates: office-addin-dev-certs where its CA can be trusted, else its files untrusted, else self-signed. */
async function certificates() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { options, note: "" };
  } catch (e) {
    const reason = String(e && e.message ? e.message : e).split("\n")[0];
    const dir = fs.existsSync(path.join(devCertDir, "localhost.key")) ? devCertDir : certDir;
    const ca = path.join(dir, "ca.crt");
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (!fs.existsSync(cert) || !fs.existsSync(key)) {
      fs.mkdirSync(dir, { recursive: true });
      await devCerts.generateCertificates(ca, cert, key, 30);
    }
    return {
      options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(ca) },
      note: `The development CA could not be trusted here (${reason}); serving with the untrusted certificate in ${dir} — trust ${path.join(dir, "ca.crt")} or accept the browser warning.`,
    };
  }
}

function proxyKosis(req, res) {
  const target = new URL(req.url.replace(/^\/kosis\//, ""), kosisBase);
  const client = target.protocol === "http:" ? http : https;
  const upstream = client.request(target, { method: req.method, headers: { accept: req.headers.accept || "*/*" } }, (answer) => {
    res.writeHead(answer.statusCode || 502, { "content-type": answer.headers["content-type"] || "application/json; charset=utf-8" });
    answer.pipe(res);
  });
  upstream.setTimeout(60_000, () => upstream.destroy(new Error("timeout")));
  upstream.on("error", (e) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ err: "proxy", errMsg: `KOSIS could not be reached: ${e.message}` }));
  });
  req.pipe(upstream);
}

function serveFile(req, res) {
  const urlPath = decodeURIComponent(new URL(req.url, "https://localhost").pathname);
  let file = path.join(root, urlPath === "/" ? "taskpane.html" : urlPath);
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Not found: ${urlPath}`);
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "cache-control": "no-cache",
      "access-control-allow-origin": "*",
    });
    fs.createReadStream(file).pipe(res);
  });
}

const { options, note } = await certificates();
const server = https.createServer(options, (req, res) => {
  if (req.url.startsWith("/kosis/")) proxyKosis(req, res);
  else serveFile(req, res);
});
server.listen(port, () => {
  const base = `https://localhost:${port}/`;
  if (note) console.log(note);
  console.log(`Sandan is served at ${base} (from ${path.relative(process.cwd(), root) || "."}/)`);
  console.log(`  Task pane: ${base}taskpane.html   Function help: ${base}help.html`);
  if (fs.existsSync(path.join(root, "workbench.html"))) {
    console.log(`  Workbench (no Excel needed): ${base}workbench.html`);
    if (args.includes("--open")) openBrowser(`${base}workbench.html`);
  }
  console.log(`  Excel desktop: npm run start:excel   Excel on the web: upload dist/manifest.xml (Home > Add-ins > Upload My Add-in).`);
  console.log(`  KOSIS Open API proxy: ${base}kosis/… -> ${kosisBase}`);
  console.log("Press Ctrl+C to stop.");
});

/** Opens a page in the desktop's browser; on a machine without one (CI, a server) the URL printed above is it. */
function openBrowser(url) {
  const headless = process.env.CI || (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  if (headless) return;
  const [command, ...rest] =
    process.platform === "win32" ? ["cmd", "/c", "start", "", url] : process.platform === "darwin" ? ["open", url] : ["xdg-open", url];
  try {
    spawn(command, rest, { detached: true, stdio: "ignore" }).on("error", () => undefined).unref();
  } catch {
    // No browser to open: the URL is printed.
  }
}
