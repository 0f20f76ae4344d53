/** Dispatches `sandan <command>`. */
export async function run(args: string[]): Promise<number> {
  const [command] = args;
  process.stderr.write(`sandan: unknown command ${command ?? "(none)"}; commands: calc, audit, import\n`);
  return 2;
}
