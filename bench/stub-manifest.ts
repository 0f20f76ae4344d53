/**
 * office-addin-mock needs only the host names of office-addin-manifest, whose full package pulls ES
 * modules that Node 20 cannot require; the benchmarks get the same small stand-in as the tests.
 */
import Module from "module";
import * as path from "path";

const stub = path.resolve(__dirname, "..", "..", "..", "test", "helpers", "office-addin-manifest-stub.js");
const resolve = (Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string })._resolveFilename;
(Module as unknown as { _resolveFilename: typeof resolve })._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === "office-addin-manifest" ? stub : resolve.call(this, request, ...rest);
};
