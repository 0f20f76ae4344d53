/** Contract (a): the manifest is schema-valid offline and its cross-references hold, before and after the build. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { distFile, DIST } from "../helpers/dist";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const check = require("../../scripts/check-manifest.js") as {
  schemaErrors(file: string): string[];
  crossReferenceErrors(xml: string, options?: { namespace?: string; distDir?: string; baseUrl?: string }): string[];
  baseUrlOf(xml: string): string | undefined;
  validate(file: string, distDir?: string): string[];
};

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "manifest.xml");
const EXAMPLES = path.join(ROOT, "test", "schemas", "office-addin-manifest", "examples");

function withTemp(xml: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sandan-manifest-")), "manifest.xml");
  fs.writeFileSync(file, xml);
  return file;
}

describe("manifest.xml", () => {
  const xml = fs.readFileSync(SOURCE, "utf8");

  test("validates against the Office add-in XSD", () => {
    expect(check.schemaErrors(SOURCE)).toEqual([]);
  });

  test("has no cross-reference problems", () => {
    expect(check.crossReferenceErrors(xml, { namespace: "SANDAN" })).toEqual([]);
  });

  test("declares what the add-in needs", () => {
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
    expect(xml).toMatch(/<DisplayName [^>]*>\s*<Override Locale="ko-KR"/);
    expect(xml).toMatch(/<Description [^>]*>\s*<Override Locale="ko-KR"/);
    expect(xml).toMatch(/id="Functions.Metadata.Url"[^>]*>\s*<bt:Override Locale="ko-KR" Value="[^"]*functions\.ko\.json"/);
    expect(xml).not.toMatch(/<AppDomain>/); // the add-in calls only its own origin
  });

  test("a missing resid fails", () => {
    const broken = xml.replace(/<bt:Url id="Help.Url"[^>]*\/>/, "");
    expect(check.crossReferenceErrors(broken, { namespace: "SANDAN" })).toContain('resid "Help.Url" is used but not defined in <Resources>');
  });

  test("a shared runtime with two resids fails", () => {
    const broken = xml.replace('<FunctionFile resid="Shared.Runtime.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>');
    expect(check.crossReferenceErrors(broken).join("\n")).toMatch(/<FunctionFile> uses "Functions.Script.Url"/);
  });

  test("a wrong extension point fails the schema", () => {
    const file = withTemp(xml.replace('xsi:type="CustomFunctions"', 'xsi:type="CustomFunction"'));
    expect(check.schemaErrors(file).join("\n")).toMatch(/CustomFunction/);
  });

  test("a wrong namespace fails", () => {
    const broken = xml.replace('DefaultValue="SANDAN"', 'DefaultValue="CONTOSO"');
    expect(check.crossReferenceErrors(broken, { namespace: "SANDAN" })).toContain("custom functions namespace is not SANDAN");
  });
});

describe("the schemas themselves", () => {
  const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".xml"));
  test.each(files.filter((f) => f.startsWith("good-")))("%s validates", (f) => {
    expect(check.schemaErrors(path.join(EXAMPLES, f))).toEqual([]);
  });
  test.each(files.filter((f) => f.startsWith("bad-")))("%s fails", (f) => {
    expect(check.schemaErrors(path.join(EXAMPLES, f)).length).toBeGreaterThan(0);
  });
});

describe("dist/manifest.xml", () => {
  test("validates, with every URL naming a file the build emitted", () => {
    const built = distFile("manifest.xml");
    expect(check.baseUrlOf(built)).toBe("https://localhost:3000/");
    expect(check.validate(path.join(DIST, "manifest.xml"), DIST)).toEqual([]);
  });

  test("a URL to a file the build did not emit fails", () => {
    const built = distFile("manifest.xml").replace("functions.ko.json", "functions.kr.json");
    const errors = check.crossReferenceErrors(built, { distDir: DIST, baseUrl: "https://localhost:3000/" });
    expect(errors.join("\n")).toMatch(/functions\.kr\.json, which the build did not emit/);
  });
});
