#!/usr/bin/env node
// Runs the compiled CLI. Build first with `npm run build` (npm ci and npm install do it).
import '../dist/cli.js';
