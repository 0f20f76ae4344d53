import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const DIR = join(__dirname, "..", "..", "src", "census");

describe("src/census is a pure core", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".ts"));
  test.each(files)("%s imports no host, DOM or Node built-ins", (f) => {
    const text = readFileSync(join(DIR, f), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    const src = text.replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
    // Own modules, fflate, and the KSIC reference data the engine also uses.
    for (const i of imports) expect(["fflate"].includes(i) || i.startsWith("./") || i.startsWith("../engine/reference/")).toBe(true);
    expect(src).not.toMatch(/\b(Buffer|DOMParser|window|document|Office|Excel|require|process)\b/);
    expect(src).not.toMatch(/\bfetch\s*\(/);
  });
});
