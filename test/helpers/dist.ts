import * as fs from "fs";
import * as path from "path";

export const DIST = path.resolve(__dirname, "..", "..", "dist");

/** Reads a file the build emitted; fails with the fix when the build has not run. */
export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return fs.readFileSync(file, "utf8");
}

export interface ParamMeta {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
export interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParamMeta[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

export function metadata(name = "functions.json"): { functions: FunctionMeta[] } {
  return JSON.parse(distFile(name));
}
