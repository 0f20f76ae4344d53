/** `npm run build -- --env url=…` puts the hosting URL into dist/manifest.xml and nowhere else changes. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const check = require("../../scripts/check-manifest.js");

test("a build for another host rewrites every manifest URL and still validates", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "sandan-dist-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "url=https://addins.example.go.kr/sandan", "--output-path", out],
    { cwd: ROOT, stdio: "pipe" },
  );
  const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  expect(xml).not.toContain("localhost");
  expect(xml).toContain('DefaultValue="https://addins.example.go.kr/sandan/taskpane.html"');
  expect(xml).toContain('Value="https://addins.example.go.kr/sandan/functions.ko.json"');
  expect(check.validate(path.join(out, "manifest.xml"), out)).toEqual([]);
}, 240_000);

test("a build refuses a hosting URL that is not https", () => {
  expect(() =>
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "url=http://insecure.example/"], {
      cwd: ROOT,
      stdio: "pipe",
    }),
  ).toThrow(/must be an https:\/\/ URL/);
}, 60_000);
