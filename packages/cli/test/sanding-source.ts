// The bin shim (bin/sanding.js) over the sources instead of dist/, for tests that need a process.
import { main } from '../src/index.js';

process.exitCode = await main(process.argv.slice(2));
