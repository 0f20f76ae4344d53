/**
 * Hostile and broken inputs: every one ends in a clear ImportError (code, file, line where there is one,
 * what to do) or a faithful import. Nothing else is ever thrown, and nothing hangs.
 */
import * as fs from "fs";
import * as path from "path";
import { ImportError, isFormulaLike, parseCensus, prepareImport, toLongRows } from "../../src/census";
import { preparedRows } from "../helpers/prepared";
import { BAD_INPUTS, type BadInput } from "../fixtures/bad/make";

const DIR = path.resolve(__dirname, "..", "fixtures", "bad");

async function outcome(input: BadInput, bytes: Uint8Array) {
  try {
    return { table: await parseCensus(bytes, input.name) };
  } catch (e) {
    return { error: e };
  }
}

test("the corpus has at least 40 inputs, each committed unless generated", () => {
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(BAD_INPUTS.map((b) => b.name)).size).toBe(BAD_INPUTS.length);
  for (const input of BAD_INPUTS.filter((b) => !b.large)) {
    const file = path.join(DIR, input.name);
    if (process.env.WRITE_BAD_FIXTURES) fs.writeFileSync(file, input.bytes());
    expect({ file: input.name, committed: fs.existsSync(file) }).toEqual({ file: input.name, committed: true });
    expect(Buffer.compare(fs.readFileSync(file), Buffer.from(input.bytes()))).toBe(0);
  }
});

describe.each(BAD_INPUTS.map((b) => [b.name, b] as const))("%s", (_name, input) => {
  test(
    `${input.why}: ${input.expected.outcome === "error" ? `refused (${input.expected.code})` : "imported faithfully"}`,
    async () => {
      const bytes = input.large ? input.bytes() : new Uint8Array(fs.readFileSync(path.join(DIR, input.name)));
      const result = await outcome(input, bytes);
      const expected = input.expected;
      if (expected.outcome === "error") {
        expect(result.error).toBeInstanceOf(ImportError);
        const e = result.error as ImportError;
        expect({ code: e.code, line: expected.line === undefined ? undefined : e.line }).toEqual({ code: expected.code, line: expected.line });
        expect(e.code).not.toBe("internal");
        expect(e.fileName).toBe(input.name);
        expect(e.describe("ko")).toContain(input.name);
        expect(e.advice.ko.length + e.advice.en.length).toBeGreaterThan(0);
        if (expected.line !== undefined) expect(e.describe("ko")).toMatch(new RegExp(`${expected.line}행`));
        return;
      }
      if (result.error) throw result.error;
      const table = result.table!;
      const long = toLongRows(table);
      if (expected.rows !== undefined) expect(long.rows.length).toBe(expected.rows);
      if (expected.symbols !== undefined) expect(long.counts.symbols).toBe(expected.symbols);
      expect(long.counts.numbers + long.counts.symbols + long.counts.blanks + long.counts.texts).toBe(long.rows.length);
      if (expected.check === "formula-text") {
        const prepared = prepareImport(table, "long");
        const formulaCells = preparedRows(prepared).rows.flatMap((r) => r.map((v, c) => [v, c] as const)).filter(([v]) => isFormulaLike(v));
        expect(formulaCells.length).toBeGreaterThan(0);
        // Every column that can hold such text is written as text: Excel never evaluates it.
        for (const [, c] of formulaCells) expect(prepared.columnFormats[c]).toBe("@");
      }
    },
    60_000,
  );
});
