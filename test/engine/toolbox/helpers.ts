import { SandanError } from "../../../src/engine/explain";

/** The SandanError thrown by f; fails when f returns or throws anything else. */
export function thrown(f: () => unknown): SandanError {
  try {
    f();
  } catch (e) {
    if (e instanceof SandanError) return e;
    throw e;
  }
  throw new Error("expected a SandanError");
}
