// Where a command writes: stdout for results, stderr for problems (injected so tests can read both).
export interface CommandOutput {
  readonly print: (line: string) => void;
  readonly error: (line: string) => void;
}

export const consoleOutput: CommandOutput = {
  print: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};
