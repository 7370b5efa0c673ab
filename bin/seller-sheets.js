#!/usr/bin/env node
'use strict';

/** The `seller-sheets` command: runs the bundled CLI (`npm run build` makes build/cli.js). */
let cli;
try {
  cli = require('../build/cli.js');
} catch (error) {
  if (
    error &&
    error.code === 'MODULE_NOT_FOUND' &&
    /^Cannot find module '\.\.\/build\/cli\.js'/.test(error.message)
  ) {
    console.error('seller-sheets: build/cli.js is missing; run `npm run build` first.');
    process.exit(2);
  }
  throw error;
}

// Workflows log one line per run for operators: keep standard output for results and JSON.
console.log = (...parts) => console.error(...parts);

cli
  .main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 3;
  });
