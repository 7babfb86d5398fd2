#!/usr/bin/env node
// dist/cli.js: starts the CLI bundle (dist/cli-main.js) with V8's code cache, so start-up does
// not recompile a megabyte of JavaScript every time. The cache (dist/cli-main.js.cache) is
// written by the build after a warm-up run; a cache made by another Node/V8 is rejected by V8
// and the bundle is simply compiled as usual. REFSCOPE_WRITE_CODE_CACHE=path writes a new one.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, 'cli-main.js');
const cacheFile = `${file}.cache`;
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch { cachedData = undefined; }
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
const out = process.env.REFSCOPE_WRITE_CODE_CACHE;
if (out) {
  // After the run, so the functions the run compiled are in the cache too.
  process.on('exit', () => { fs.writeFileSync(out, script.createCachedData()); });
}
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(__dirname);
script.runInThisContext()(mod.exports, (id) => mod.require(id), mod, file, __dirname);
