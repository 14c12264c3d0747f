#!/usr/bin/env node
// Entry point of the `disclosure` command.
import { runCli } from './run-cli';
import { consoleOutput } from './output';

process.exitCode = await runCli(process.argv.slice(2), consoleOutput);
