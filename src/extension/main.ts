import { bundleStarted, cpuStarted, cpuUsage, isTestRun } from './load-clock';
import { apiReady } from './api-clock';
import * as vscode from 'vscode';
import { onDiagnosticsArrived, registerLanguage } from './language/index';
import { registerNotebook } from './notebook/index';
import { registerViews } from './views/index';
import { registerCommands } from './commands/index';
import { registerPrivacyCommands } from './privacy/commands';
import { registerOverview } from './overview/index';
import { registerFeedback } from './feedback/index';
import { loadedChunks } from './lazy';
import { toldGaps } from './web/not-in-browser';

/** What activation cost, as the extension saw it (exported to the in-host tests only). */
export interface ActivationTimes {
  /** The first `require('vscode')`: VS Code building its API for the extension. */
  apiMs: number;
  /** From then to the end of the bundle's evaluation: our own module code. */
  moduleMs: number;
  /** From then to the call of activate(): VS Code preparing the extension's context (not our code). */
  waitMs: number;
  /** activate() itself. */
  activateMs: number;
  /** CPU time of the extension host process (all its threads) in our module code and in activate(). */
  cpuMs: number;
  /** The lazy chunks (scripts/bundles.mjs) activation required; none is the aim. */
  chunks: string[];
}

// The bundle's top level runs after every module it imports: here its evaluation ends.
const bundleEvaluated = performance.now();
const cpuEvaluated = cpuUsage(cpuStarted);

// Each area registers itself; activation stays cheap because the heavy parts load later: the language
// client just after activate() returns, `yaml` and the overview renderer at first use (see ./lazy.ts).
export function activate(context: vscode.ExtensionContext): { activation: ActivationTimes; browserGaps: () => string[]; diagnosticsArrived: vscode.Event<vscode.Uri> } | undefined {
  const t0 = performance.now();
  const cpu0 = cpuUsage();
  registerLanguage(context);
  registerNotebook(context);
  registerFeedback(context);
  registerViews(context);
  registerCommands(context);
  registerPrivacyCommands(context);
  registerOverview(context);
  const cpu = cpuUsage(cpu0);
  const activation = {
    apiMs: apiReady - bundleStarted, moduleMs: bundleEvaluated - apiReady, waitMs: t0 - bundleEvaluated, activateMs: performance.now() - t0,
    cpuMs: (cpuEvaluated.user + cpuEvaluated.system + cpu.user + cpu.system) / 1000, chunks: [...loadedChunks],
  };
  // The test API: only for the test runs (scripts/vscode-test.mjs and ui-test.mjs set GOEDWERK_TEST=1).
  return isTestRun() || context.extensionMode === vscode.ExtensionMode.Test ? { activation, browserGaps: toldGaps, diagnosticsArrived: onDiagnosticsArrived } : undefined;
}

export function deactivate(): void {}
