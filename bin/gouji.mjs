#!/usr/bin/env node
// The `gouji` CLI; the build (npm install runs it) writes dist/cli/gouji.mjs.
import '../dist/cli/gouji.mjs';
