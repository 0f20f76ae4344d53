#!/usr/bin/env node
// The `sandan` command line: a thin launcher for the build's dist/cli/sandan.js.
"use strict";
const path = require("path");
const fs = require("fs");
const built = path.join(__dirname, "..", "dist", "cli", "sandan.js");
if (!fs.existsSync(built)) {
  process.stderr.write("sandan: the command line is not built yet; run `npm run build` first.\n");
  process.exit(2);
}
require(built);
