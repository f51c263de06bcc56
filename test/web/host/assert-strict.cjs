// `node:assert/strict` for the web worker extension host, which has no Node built-ins: the in-host
// bundle (scripts/web-test.mjs) resolves that import here, to the browser port of Node's assert
// (the npm package `assert`), so in-host web tests are written like every other suite.
module.exports = require('assert').strict;
