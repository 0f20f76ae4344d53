/**
 * Every SANDAN function, given random arguments of any shape (numbers, text, symbols, blanks, nested ranges),
 * either returns its value or throws a SandanError with a message in both languages: never another exception,
 * never NaN or Infinity in a value.
 */
import fc from "fast-check";
import { SANDAN_FUNCTIONS } from "../../src/audit/catalog";
import { isSandanError } from "../../src/engine/explain";

const cell = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom("X", "-", "…", "", "서산시", "충청남도", "C30", "자동차후방", "종사자수", "2022", "share", "topsis", "국가", "50:50", "=1+1"),
  fc.string({ maxLength: 6 }),
  fc.constant(null),
  fc.boolean(),
);
const matrix = fc.integer({ min: 1, max: 5 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 }));
const arg = fc.oneof(cell, matrix);

function finite(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(finite);
  return true;
}

test.each(SANDAN_FUNCTIONS.map((f) => [f.id, f] as const))("%s: a value or a readable error, whatever it is given", (_id, fn) => {
  fc.assert(
    fc.property(fc.array(arg, { minLength: fn.params.length, maxLength: fn.params.length }), (args) => {
      try {
        const r = fn.run(args);
        return finite(r.value);
      } catch (e) {
        return isSandanError(e) && e.text.ko.length > 0 && e.text.en.length > 0;
      }
    }),
    { numRuns: 1000 },
  );
});

// Numbers at the limits of a double (5e-324, 1e308) overflow shares and products even when each is a number.
const extreme = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(5e-324, 1e308, -1e308, 8.9e-16, 0, 1));
const extremeMatrix = fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(extreme, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 }));

test.each(SANDAN_FUNCTIONS.map((f) => [f.id, f] as const))("%s: numbers at the limits of a double give a finite value or a readable error", (_id, fn) => {
  fc.assert(
    fc.property(fc.array(fc.oneof(extreme, extremeMatrix), { minLength: fn.params.length, maxLength: fn.params.length }), (args) => {
      try {
        return finite(fn.run(args).value);
      } catch (e) {
        return isSandanError(e);
      }
    }),
    { numRuns: 1000 },
  );
});
