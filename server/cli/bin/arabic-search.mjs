#!/usr/bin/env node
/** The `arabic-search` command (package.json `bin`): runs server/cli/search.ts through tsx. */
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../search.ts');
const code = await main(process.argv.slice(2));
process.stdout.write('', () => process.exit(code));
