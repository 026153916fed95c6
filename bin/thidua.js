#!/usr/bin/env node
// The `thidua` command: the compiled command line in lib/ (built by `npm run build:cli`, which
// `npm ci` and `npm install` run through the `prepare` script).
require("../lib/cli/bin.js");
