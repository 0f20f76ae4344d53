import fc from "fast-check";
import {
  ImportError,
  parseCensusSync,
  detectFormat,
  observations,
  toLongRows,
  toWideRows,
  writeCsv,
  tokenizeCsv,
  parseKosisJson,
  mergeKosisAnswers,
  scanXml,
  sha256Hex,
  parseIndustryLabel,
  parsePeriodLabel,
  splitItemUnit,
  ksicCode,
} from "../../src/census";
import { assertAccounted, encodeCp949, makeXlsx, papaRows, utf8 } from "./helpers";
import { createHash } from "crypto";
import { sha256HexAsync } from "../../src/census/sha256";

/** Runs f; passes when it returns or throws an ImportError that is not an internal error. */
function onlyImportErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    if (e.code === "internal") throw new Error(`internal error: ${e.message}`);
    expect(e.fileName).toBe("f.csv");
    expect(e.text.ko.length).toBeGreaterThan(0);
  }
}

const csvChars = fc.constantFrom(",", '"', "\r", "\n", "\t", " ", "\u3000", "X", "-", "…", "p)", "*", "1", "2", ".", "서산시", "소계", "2020", "항목", "단위", "(개)", "<br>", "=");
const csvText = fc.array(csvChars, { maxLength: 200 }).map((xs) => xs.join(""));

describe("parsers never throw anything but ImportError", () => {
  test("random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        onlyImportErrors(() => parseCensusSync(b, "f.csv"));
        onlyImportErrors(() => detectFormat(b, "f.csv"));
      }),
      { numRuns: 400 },
    );
  });

  test("random CSV-ish strings in UTF-8 and CP949", () => {
    fc.assert(
      fc.property(csvText, (s) => {
        onlyImportErrors(() => parseCensusSync(utf8(s), "f.csv"));
        onlyImportErrors(() => parseCensusSync(encodeCp949(s), "f.csv"));
      }),
      { numRuns: 600 },
    );
  });

  test("random strings of any characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), (s) => {
        onlyImportErrors(() => parseCensusSync(utf8(s), "f.csv"));
      }),
      { numRuns: 400 },
    );
  });

  test("random JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        onlyImportErrors(() => parseCensusSync(utf8(JSON.stringify(v) ?? "null"), "f.csv"));
      }),
      { numRuns: 300 },
    );
    const rec = fc.record({
      C1: fc.string({ maxLength: 5 }),
      C1_NM: fc.string({ maxLength: 5 }),
      C1_OBJ_NM: fc.constantFrom("행정구역별", "산업별", "성별"),
      ITM_ID: fc.constantFrom("T1", "T2"),
      ITM_NM: fc.string({ maxLength: 5 }),
      PRD_SE: fc.constantFrom("Y", "M", "Q", "H", "?"),
      PRD_DE: fc.string({ maxLength: 8 }),
      DT: fc.oneof(fc.string({ maxLength: 6 }), fc.constant("X"), fc.double(), fc.constant(null)),
    });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 20 }), (rs) => {
        onlyImportErrors(() => {
          const t = parseCensusSync(utf8(JSON.stringify(rs)), "f.csv");
          assertAccounted(t);
        });
      }),
      { numRuns: 300 },
    );
  });

  test("random XLSX sheets", () => {
    const cell = fc.oneof(fc.constant(null), fc.integer(), fc.constantFrom("X", "-", "지역", "2020", "항목 (개)", "소계", "<br>", "&", "서산시"));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), fc.boolean(), (rows, inline) => {
        const b = makeXlsx([{ name: "데이터", rows, inline }]);
        onlyImportErrors(() => parseCensusSync(b, "f.csv"));
        // and damaged copies of it
        const broken = b.slice();
        broken[Math.floor(b.length / 2)] ^= 0xff;
        onlyImportErrors(() => parseCensusSync(broken, "f.csv"));
      }),
      { numRuns: 150 },
    );
  });

  test("helpers are total on random text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        parseIndustryLabel(s);
        parsePeriodLabel(s);
        splitItemUnit(s);
        ksicCode(s);
        try {
          parseKosisJson(s, "f.csv");
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
        try {
          scanXml(s, {});
        } catch (e) {
          expect((e as Error).name).toBe("Error");
        }
        try {
          mergeKosisAnswers([s]);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("round trips", () => {
  const label = fc.constantFrom("서산시", "당진시", "아산시", "천안시", '공주시, "구"', "논산\r\n시");
  const value = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map(String),
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((d) => d.toFixed(2)),
    fc.constantFrom("X", "x", "-", "…", "", "37*", "12 p)"),
  );

  test("the CSV writer and tokenizer agree with each other and with papaparse", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(label, value), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = writeCsv(rows);
        const back = tokenizeCsv(text, "f.csv").rows.map((r) => r.fields);
        const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ""));
        expect(back).toEqual(nonEmpty);
        expect(papaRows(text)).toEqual(nonEmpty);
      }),
      { numRuns: 300 },
    );
  });

  test("a KOSIS standard CSV written in CP949 and parsed back keeps every value and symbol", () => {
    fc.assert(
      fc.property(fc.uniqueArray(label, { minLength: 1, maxLength: 6 }), fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { minLength: 6, maxLength: 6 }), (regions, vals) => {
        const rows: string[][] = [
          ["행정구역별(1)", "2022", "2022"],
          ["행정구역별(1)", "사업체수 (개)", "종사자수 (명)"],
          ...regions.map((r, i) => [r, ...vals[i]]),
        ];
        const bytes = encodeCp949(writeCsv(rows));
        const t = parseCensusSync(bytes, "f.csv");
        expect(t.format).toBe("kosis-standard-csv");
        expect(t.encoding).toBe("cp949");
        const obs = [...observations(t)];
        expect(obs).toHaveLength(regions.length * 2);
        assertAccounted(t);
        regions.forEach((r, i) => {
          for (let k = 0; k < 2; k++) {
            const o = obs[i * 2 + k];
            expect(o.region).toBe(r.replace(/\s+/g, " ").trim());
            const raw = vals[i][k];
            if (raw === "") expect([o.value, o.flag]).toEqual([null, ""]);
            else if (/^[Xx\-…]$/.test(raw)) expect([o.value, o.flag]).toEqual([null, raw]);
            else if (raw === "37*") expect([o.value, o.flag]).toEqual([37, "*"]);
            else if (raw === "12 p)") expect([o.value, o.flag]).toEqual([12, "p)"]);
            else expect([o.value, o.flag]).toEqual([Number(raw) + 0, ""]);
          }
        });
        // and the wide layout written back as CSV reads the same values again (when it has no 표시 columns,
        // which would come back as items of their own)
        const w = toWideRows(t);
        if (w.columnKinds.filter((k) => k === "text").length > 1) return;
        const again = parseCensusSync(utf8(writeCsv([...w.header, ...w.rows])), "again.csv");
        expect(toLongRows(again).rows).toEqual(toLongRows(t).rows);
      }),
      { numRuns: 150 },
    );
  });
});

describe("hashing and bounded time", () => {
  test("pure SHA-256 matches Node's on random bytes and block edges", () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const b = new Uint8Array(n).map((_, i) => (i * 131 + 7) % 256);
      expect(sha256Hex(b)).toBe(createHash("sha256").update(b).digest("hex"));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(sha256Hex(b)).toBe(createHash("sha256").update(b).digest("hex"));
      }),
      { numRuns: 100 },
    );
  });

  test("SHA-256 by Web Crypto hashes exactly the bytes a view shows", async () => {
    const whole = new Uint8Array(1000).map((_, i) => (i * 37 + 11) % 256);
    for (const [from, to] of [[0, 1000], [3, 1000], [17, 530], [999, 1000], [500, 500]]) {
      const view = whole.subarray(from, to);
      await expect(sha256HexAsync(view)).resolves.toBe(createHash("sha256").update(view).digest("hex"));
    }
  });

  test("pathological inputs finish quickly", () => {
    const cases: [string, Uint8Array][] = [
      ["quotes", utf8('"'.repeat(300_000))],
      ["spaces", utf8("지역,값\r\n" + " ".repeat(300_000) + "(1,2\r\n")],
      ["one long label", utf8("산업별,2020\r\n" + "\u3000".repeat(200_000) + "제조업(" + "1".repeat(100_000) + ",1\r\n")],
      ["many columns", utf8(Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(",") + "\r\n" + Array.from({ length: 20_000 }, () => "1").join(",") + "\r\n")],
      ["xml-ish", utf8("<".repeat(200_000))],
      ["json nesting", utf8("[".repeat(100_000))],
    ];
    for (const [name, b] of cases) {
      const start = Date.now();
      onlyImportErrors(() => parseCensusSync(b, "f.csv"));
      expect([name, Date.now() - start < 3000]).toEqual([name, true]);
    }
  });
});

describe("plain numbers", () => {
  const { readPlainNumber } = jest.requireActual("../../src/census/grid") as typeof import("../../src/census/grid");
  const read = (s: string) => {
    const out = { value: new Float64Array(1), decimals: new Int8Array(1) };
    const end = readPlainNumber(s, 0, s.length, -1, out, 0);
    return end === s.length ? { value: out.value[0], decimals: out.decimals[0] } : null;
  };
  const plain = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,12}$/), fc.option(fc.stringMatching(/^[0-9]{0,7}$/)))
    .map(([neg, whole, frac]) => `${neg ? "-" : ""}${whole}${frac === null ? "" : `.${frac}`}`)
    .filter((s) => s.length <= 20);

  test("a plain number reads as exactly Number() of its text, with its decimals", () => {
    fc.assert(
      fc.property(plain, (s) => {
        const got = read(s);
        expect(got).not.toBeNull();
        expect(Object.is(got!.value, Number(s))).toBe(true);
        expect(got!.decimals).toBe(s.includes(".") ? s.length - s.indexOf(".") - 1 : 0);
      }),
      { numRuns: 2000 },
    );
    for (const s of ["1234567890123456", "-9007199254740993", "0.1234567890123456", "-0", ".5", "7."]) expect(read(s)?.value).toBe(Number(s));
  });

  test("anything else is left to parseCell", () => {
    for (const s of ["", "-", ".", "-.", "1.2.3", " 1", "1 ", "1,234", "1e5", "+1", "X", "123456789012345678901"]) expect(read(s)).toBeNull();
  });
});
