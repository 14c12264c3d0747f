// Argument parsing for the `disclosure` command (ARCHITECTURE §6).
import { validateCommand } from './validate-command';
import { importCommand, importCommandArgs } from './import-command';
import { demoCommand, generateCommand } from './generate-command';
import type { CommandOutput } from './output';

export const USAGE = `用法：
  disclosure import <current.xlsx> [--prior <prior.xlsx>] [--kind final|budget] [--year YYYY] [--unit NAME] -o <project-file> [--force]
  disclosure validate <project-file> [--json]
  disclosure generate <project-file> -o <dir>
  disclosure demo -o <dir>`;

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

const VALUE_OPTIONS = new Set(['-o', '--prior', '--kind', '--year', '--unit']);

export function parseArgs(args: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (VALUE_OPTIONS.has(arg)) {
      const value = args[i + 1];
      if (value === undefined) throw new Error(`选项 ${arg} 需要一个值。`);
      options.set(arg, value);
      i++;
    } else if (arg.startsWith('-')) {
      options.set(arg, true);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

export async function runCli(args: readonly string[], out: CommandOutput): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args);
  } catch (e) {
    out.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const [command, ...rest] = parsed.positional;
  switch (command) {
    case 'validate': {
      const file = rest[0];
      if (file === undefined) break;
      return validateCommand(file, parsed.options.has('--json'), out);
    }
    case 'generate': {
      const file = rest[0];
      const outDir = parsed.options.get('-o');
      if (file === undefined || typeof outDir !== 'string') break;
      return generateCommand(file, outDir, out);
    }
    case 'demo': {
      const outDir = parsed.options.get('-o');
      return demoCommand(typeof outDir === 'string' ? outDir : 'out', out);
    }
    case 'import':
      return importCommand(importCommandArgs(rest, parsed.options), out);
    default:
      break;
  }
  out.error(USAGE);
  return 2;
}
