/** Entry of the `sandan` command line; the commands live beside it. */
import { run } from "./run";

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`sandan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
