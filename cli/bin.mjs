#!/usr/bin/env node
// Runs the TypeScript CLI (cli/main.ts) with tsx, so the CLI and the extension share one engine source.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'package.json'));
const tsxCli = require.resolve('tsx/cli');
const main = path.join(here, 'main.ts');
const result = spawnSync(process.execPath, [tsxCli, main, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
