import { parseCensusSync, parseCensus, detectFormat, ImportError, decodeText } from "../../src/census";
import { encodeCp949, fixture, importErrorOf, utf8 } from "./helpers";

const parse = (s: string | Uint8Array, name = "bad.csv", opts = {}) =>
  parseCensusSync(typeof s === "string" ? utf8(s) : s, name, opts);

describe("bad inputs: a clear message naming the file and line", () => {
  test("empty file", () => {
    const e = importErrorOf(() => parse(new Uint8Array(0), "empty.csv"));
    expect(e.code).toBe("empty");
    expect(e.fileName).toBe("empty.csv");
    expect(e.describe("ko")).toMatch(/^empty\.csv: 빈 파일입니다/);
    expect(e.describe("en")).toContain("empty");
    expect(importErrorOf(() => parse("\r\n\r\n  \r\n", "blank.csv")).code).toBe("empty");
    expect(importErrorOf(() => detectFormat(new Uint8Array(0), "empty.csv")).code).toBe("empty");
  });

  test("binary file", () => {
    const bin = new Uint8Array(1000).map((_, i) => (i * 37) % 256);
    const e = importErrorOf(() => parse(bin, "image.png"));
    expect(e.code).toBe("binary");
    expect(e.text.ko).toContain("이진 파일");
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(importErrorOf(() => parse(xls, "old.xls")).code).toBe("unsupported");
    expect(importErrorOf(() => parse(utf8("%PDF-1.4 ..."), "a.pdf")).text.en).toContain("PDF");
  });

  test("wrong encoding guess: a CP949 file read as UTF-8 names the first bad line", () => {
    const bytes = encodeCp949("지역,값\r\nabc,1\r\n서산시,2\r\n");
    const e = importErrorOf(() => parse(bytes, "cp949.csv", { encoding: "utf-8" }));
    expect(e.code).toBe("encoding");
    expect(e.line).toBe(1);
    expect(e.text.ko).toContain("UTF-8");
    const late = encodeCp949("area,value\r\nabc,1\r\n서산시,2\r\n");
    expect(importErrorOf(() => parse(late, "cp949.csv", { encoding: "utf-8" })).line).toBe(3);
    // auto reads it
    expect(parse(late, "cp949.csv").encoding).toBe("cp949");
    expect(e.advice.ko).toContain("CP949");
    // UTF-8 forced to CP949: refused with the advice that it is UTF-8 ...
    const u = importErrorOf(() => parse(utf8("지역,값\n서산시,1\n"), "u.csv", { encoding: "cp949" }));
    expect(u.code).toBe("encoding");
    expect(u.advice.ko).toContain("UTF-8");
    // ... or, when the bytes happen to decode as CP949 too, read with a warning
    const d = decodeText(utf8("a,가\n"), "u.csv", "cp949");
    expect(d.warnings[0].ko).toContain("UTF-8");
  });

  test("bytes that are neither UTF-8 nor CP949", () => {
    const bytes = new Uint8Array([...utf8("a,b\r\nx,1\r\n"), 0xff, 0xff, 0x2c, 0x31, 0x0d, 0x0a]);
    const e = importErrorOf(() => parse(bytes, "mixed.csv"));
    expect(e.code).toBe("encoding");
    expect(e.line).toBe(3);
  });

  test("ragged rows", () => {
    const e = importErrorOf(() => parse("지역,2020,2021\r\n서산시,1,2\r\n당진시,3\r\n", "short.csv"));
    expect(e.code).toBe("ragged");
    expect(e.line).toBe(3);
    expect(e.text.ko).toContain("2개");
    const long = importErrorOf(() => parse("지역,2020,2021\r\n서산시,1,2,3\r\n", "long.csv"));
    expect(long.code).toBe("ragged");
    expect(long).toMatchObject({ line: 2, column: 4, fileName: "long.csv" });
    // trailing empty fields are not ragged: they are phantom cells
    const ok = parse("지역,2020\r\n서산시,1,,\r\n");
    expect(ok.counts.phantomCells).toBe(2);
  });

  test("duplicate headers", () => {
    const e = importErrorOf(() => parse("지역,사업체수,사업체수\r\n서산시,1,2\r\n", "dup.csv"));
    expect(e.code).toBe("duplicate-header");
    expect(e).toMatchObject({ line: 1, column: 3 });
    expect(e.text.ko).toContain("사업체수");
    const std = importErrorOf(() =>
      parse("행정구역별,2020,2020\r\n행정구역별,사업체수 (개),사업체수 (개)\r\n서산시,1,2\r\n", "dup2.csv"),
    );
    expect(std.code).toBe("duplicate-header");
    expect(std.line).toBe(2);
  });

  test("a 2-row file with only headers", () => {
    const bytes = encodeCp949("행정구역별(1),2022,2022\r\n행정구역별(1),사업체수 (개),종사자수 (명)\r\n");
    const e = importErrorOf(() => parse(bytes, "headers.csv"));
    expect(e.code).toBe("header-only");
    expect(e.line).toBe(2);
    expect(e.text.ko).toContain("머리글 2줄");
    expect(importErrorOf(() => parse("지역,값\r\n", "one.csv")).code).toBe("header-only");
  });

  test("unterminated quote names the line where the quote opened", () => {
    const e = importErrorOf(() => parse('지역,값\r\n"서산시,1\r\n당진시,2\r\n', "quote.csv"));
    expect(e.code).toBe("unterminated-quote");
    expect(e).toMatchObject({ line: 2, column: 1 });
  });

  test("no value column", () => {
    expect(importErrorOf(() => parse("지역,이름\r\n서산시,가\r\n", "text.csv")).code).toBe("no-data");
  });

  test("format override that does not fit", () => {
    expect(importErrorOf(() => parse("지역,값\r\n서산시,1\r\n", "a.csv", { format: "kosis-xlsx" })).code).toBe("format");
    expect(importErrorOf(() => parse("지역,값\r\n서산시,1\r\n", "a.csv", { format: "kosis-standard-csv" })).code).toBe("format");
    expect(importErrorOf(() => parse("지역,값\r\n서산시,1\r\n", "a.csv", { format: "kosis-api-json" })).code).toBe("json");
  });

  test("overrides that fit: generic on a KOSIS file, a delimiter, an encoding", () => {
    const t = parseCensusSync(fixture("kosis/kosis_elderly_standard_cp949.csv"), "e.csv", { format: "generic-csv", encoding: "cp949", delimiter: "," });
    expect(t.format).toBe("generic-csv");
    expect(t.counts.dataCells).toBe(486);
    const semi = parse("지역;값\r\n서산시;1,5\r\n", "semi.csv", { delimiter: ";" });
    expect(semi.rows[0].flags[0]).toBe("1,5"); // not a number in Korean conventions: kept as text, not guessed
  });

  test("async parse rejects with ImportError only", async () => {
    await expect(parseCensus(new Uint8Array(0), "e.csv")).rejects.toBeInstanceOf(ImportError);
  });
});
