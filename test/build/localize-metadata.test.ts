// eslint-disable-next-line @typescript-eslint/no-require-imports
const { splitBilingual, localizeMetadata, renderHelp } = require("../../scripts/localize-metadata.js");

describe("splitBilingual", () => {
  test("splits English and Korean at [ko]", () => {
    expect(splitBilingual("Share of a region. [ko] 지역의 비중.", "X")).toEqual({ en: "Share of a region.", ko: "지역의 비중." });
  });
  test.each([
    ["English only", /no Korean part/],
    ["[ko] 한국어만", /both an English and a Korean part/],
    ["Text. [ko] ", /both/],
    ["A [ko] 가 [ko] 나", /appears twice/],
  ])("refuses %j", (text, message) => {
    expect(() => splitBilingual(text, "F(p)")).toThrow(message);
  });
  test("names the function and parameter in its error", () => {
    expect(() => splitBilingual(undefined, "HUB_SCORE(weights)")).toThrow(/^HUB_SCORE\(weights\)/);
  });
});

describe("localizeMetadata", () => {
  const source = {
    functions: [
      {
        id: "BUDGET_SPLIT",
        name: "BUDGET_SPLIT",
        description: "Splits a total. [ko] 총액을 나눕니다.",
        parameters: [{ name: "total", description: "Amount. [ko] 총액.", type: "any" }],
        result: { type: "number", dimensionality: "matrix" },
      },
    ],
  };
  test("produces one file per language with the same structure", () => {
    const { en, ko } = localizeMetadata(source);
    expect(en.functions[0]).toEqual({ ...source.functions[0], description: "Splits a total.", parameters: [{ name: "total", description: "Amount.", type: "any" }] });
    expect(ko.functions[0].description).toBe("총액을 나눕니다.");
    expect(ko.functions[0].parameters[0]).toEqual({ name: "total", description: "총액.", type: "any" });
    expect(source.functions[0].description).toContain("[ko]"); // input untouched
  });
  test("help page lists each function in both languages, escaped", () => {
    const html = renderHelp(localizeMetadata(source), "SANDAN");
    expect(html).toContain("SANDAN.BUDGET_SPLIT(total)");
    expect(html).toContain("총액을 나눕니다.");
    expect(html).toContain("Splits a total.");
    const nasty = localizeMetadata({ functions: [{ ...source.functions[0], description: "<b>x</b> [ko] <i>가</i>" }] });
    expect(renderHelp(nasty, "SANDAN")).toContain("&lt;i&gt;가&lt;/i&gt;");
  });
});
