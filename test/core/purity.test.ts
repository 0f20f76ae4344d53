/**
 * The pure core (engine, census, audit) runs in Excel's JavaScript runtime, the workbench and the CLI alike:
 * it imports nothing from Office.js, the DOM or Node. `npm run typecheck` also compiles it against plain
 * ES2020 (tsconfig.core.json); this test names the offending file and import directly.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "..", "..", "src");
const CORE = ["engine", "census", "audit"];
const NODE_BUILTINS = /^(node:|fs|path|os|crypto|child_process|http|https|url|stream|zlib|buffer|util|worker_threads)(\/|$)/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const coreFiles = CORE.flatMap((d) => (fs.existsSync(path.join(SRC, d)) ? files(path.join(SRC, d)) : []));

test("the core has files to check", () => {
  expect(coreFiles.length).toBeGreaterThan(3);
});

test.each(coreFiles.map((f) => [path.relative(SRC, f), f]))("%s imports only core modules", (_name, file) => {
  const text = fs.readFileSync(file, "utf8");
  const imports = [...text.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
  for (const spec of imports) {
    expect({ spec, node: NODE_BUILTINS.test(spec) }).toEqual({ spec, node: false });
    if (spec.startsWith(".")) {
      const target = path.resolve(path.dirname(file), spec);
      const top = path.relative(SRC, target).split(path.sep)[0];
      expect({ spec, core: CORE.includes(top) }).toEqual({ spec, core: true });
    }
  }
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  expect({ file: _name, office: /\b(Office|Excel|CustomFunctions)\.[a-zA-Z]/.test(code) }).toEqual({ file: _name, office: false });
  expect({ file: _name, dom: /\b(document|window|DOMParser|localStorage)\b/.test(code) }).toEqual({ file: _name, dom: false });
});
