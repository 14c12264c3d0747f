// npm run bench: bundles bench/run.ts with esbuild — as the app ships its code bundled — and runs it.
// The bundle sits beside run.ts so the sample paths it resolves from import.meta.url stay the same.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../bench/run.ts', import.meta.url));
const outfile = fileURLToPath(new URL('../bench/.run.bundle.mjs', import.meta.url));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', logLevel: 'error' });
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
