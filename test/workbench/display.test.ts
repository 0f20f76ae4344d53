import { display } from "../../src/workbench/grid-view";

test.each([
  [1614618, "#,##0", "1,614,618"],
  [0.18931, "0.00%", "18.93%"],
  [0.40748556, "0.0000", "0.4075"],
  [12.5, "#,##0.0", "12.5"],
  [2022, "0", "2022"],
  [0.1 + 0.2, "", "0.3"],
  [true, "", "TRUE"],
  [null, "#,##0", ""],
  ["X", "#,##0", "X"],
])("display(%p, %p) = %p", (value, format, shown) => {
  expect(display(value, format)).toBe(shown);
});
