#!/usr/bin/env node
// A committed shim: pnpm links a workspace bin only if its file exists at install time, and
// dist/ does not exist on a clean clone (pnpm/pnpm#10524).
import { main } from '../dist/index.js';

process.exitCode = await main(process.argv.slice(2));
