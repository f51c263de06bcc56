// The probe: a tiny web extension that proves the rig for VS Code for the web does what Goed Werk's
// web build will need (see docs/dev/testing.md, "VS Code for the web"). It
// - reports every TODO in the workspace's *.probe.txt files as a warning, found by walking the
//   workspace with vscode.workspace.fs at activation and kept current as documents change;
// - writes probe-report.txt on the command "Probe: Write Report";
// - opens *.probe-nb files as a lossless notebook;
// - shows a status bar item once active, and tells the rig's server when it activated.
// The rig can make it misbehave (config.probeFault), so its tests are seen to fail when it does.
import * as vscode from 'vscode';
import { ProbeSerializer } from './notebook';
import { findTodos, PROBE_FILE } from './todos';

type Fault = 'no-diagnostics' | 'lossy-notebook' | 'no-report' | undefined;

export interface ProbeApi {
  /** Resolves once the activation-time walk has reported every probe file, with their paths. */
  readonly scanned: Promise<string[]>;
  readonly fault: Fault;
}

async function rigConfig(origin: string): Promise<{ probeFault?: Fault }> {
  try { return await (await fetch(`${origin}/rig/config.json`, { cache: 'no-store' })).json(); } catch { return {}; }
}

function toDiagnostics(text: string): vscode.Diagnostic[] {
  return findTodos(text).map((t) => {
    const d = new vscode.Diagnostic(new vscode.Range(t.line, t.start, t.line, t.end), 'TODO: still to be done', vscode.DiagnosticSeverity.Warning);
    d.source = 'probe';
    return d;
  });
}

async function probeFiles(dir: vscode.Uri): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type === vscode.FileType.Directory) found.push(...await probeFiles(uri));
    else if (PROBE_FILE.test(name)) found.push(uri);
  }
  return found;
}

async function writeReport(diagnostics: vscode.DiagnosticCollection): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return undefined;
  const lines: string[] = [];
  diagnostics.forEach((uri, list) => lines.push(`${vscode.workspace.asRelativePath(uri)}: ${list.length} TODO`));
  const uri = vscode.Uri.joinPath(folder, 'probe-report.txt');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.sort().join('\n') + '\n'));
  void vscode.window.showInformationMessage('Probe report written: probe-report.txt');
  return uri;
}

export async function activate(context: vscode.ExtensionContext): Promise<ProbeApi> {
  const origin = context.extensionUri.with({ path: '', query: '', fragment: '' }).toString(true).replace(/\/$/, '');
  const { probeFault: fault } = await rigConfig(origin);
  const diagnostics = vscode.languages.createDiagnosticCollection('probe');
  const check = (doc: vscode.TextDocument) => {
    if (PROBE_FILE.test(doc.uri.path) && fault !== 'no-diagnostics') diagnostics.set(doc.uri, toDiagnostics(doc.getText()));
  };
  const status = vscode.window.createStatusBarItem('probe.status', vscode.StatusBarAlignment.Left);
  status.name = 'Probe';
  status.text = '$(beaker) Probe';
  status.show();
  context.subscriptions.push(diagnostics, status,
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
    vscode.commands.registerCommand('probe.writeReport', () => (fault === 'no-report' ? undefined : writeReport(diagnostics))),
    vscode.workspace.registerNotebookSerializer('probe-notebook', new ProbeSerializer(fault === 'lossy-notebook')));
  vscode.workspace.textDocuments.forEach(check);
  const scanned = (async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const files = folder ? await probeFiles(folder) : [];
    for (const uri of files) {
      if (fault === 'no-diagnostics' || diagnostics.has(uri)) continue;
      diagnostics.set(uri, toDiagnostics(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
    }
    return files.map((uri) => vscode.workspace.asRelativePath(uri)).sort();
  })();
  void fetch(`${origin}/rig/event`, { method: 'POST', body: JSON.stringify({ name: 'probe-activated', time: Date.now() }) }).catch(() => undefined);
  return { scanned, fault };
}
