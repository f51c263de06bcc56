// Imported second by main.ts: the first `require('vscode')` is where VS Code builds the API object for
// this extension. Timing it apart tells that cost (every extension pays it) from our own module code.
import 'vscode';

export const apiReady = performance.now();
