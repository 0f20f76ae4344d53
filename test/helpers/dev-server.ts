/** Starts scripts/serve.mjs (HTTPS, dist/, /kosis/ proxy) on a free port for a test, and stops it. */
import { spawn, type ChildProcess } from "child_process";
import * as net from "net";
import * as path from "path";

export interface DevServer {
  base: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.resolve(__dirname, "../../scripts/serve.mjs"), "--port", String(port)], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 60_000);
    const listen = (d: Buffer) => {
      output += d.toString();
      if (output.includes("Sandan is served at")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", listen);
    child.stderr!.on("data", listen);
    child.on("exit", (code) => reject(new Error(`dev server exited with ${code}:\n${output}`)));
  });
  return { base: `https://localhost:${port}/`, stop: () => child.kill() };
}
