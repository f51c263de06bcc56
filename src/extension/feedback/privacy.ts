// The privacy rule over feedback in VS Code: a finding in a thread's text shows in the Problems panel
// on the thread's file, named by its kind (never its value), at the user's severity for the rule.
import * as vscode from 'vscode';
import { feedbackPrivacy } from './privacy-chunk';
import type { Severity, SeveritySetting } from '../../core/model';
import { resolveIn } from './host';
import { uiLang } from './commands';
import type { FeedbackWorkspace } from './workspace';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class FeedbackPrivacy implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('goedwerk-feedback');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];

  constructor(private readonly store: FeedbackWorkspace) {
    this.disposables.push(store.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('goedwerk.rules.privacy')) this.update(); }));
  }

  update(): void {
    this.diagnostics.clear();
    // No thread, no need to load the detectors.
    if (!this.store.all().some(({ loaded }) => loaded.threads.length > 0)) return;
    const setting = vscode.workspace.getConfiguration('goedwerk').get<SeveritySetting>('rules.privacy');
    const severity = feedbackPrivacy().privacySeverity(undefined, setting);
    for (const { root, loaded } of this.store.all()) {
      for (const thread of loaded.threads) {
        const findings = feedbackPrivacy().checkThreadPrivacy(thread, loaded.texts.get(thread.file) ?? '', { lang: uiLang(), severity });
        if (!findings.length) continue;
        this.diagnostics.set(resolveIn(root, thread.file), findings.map((f) => {
          const d = new vscode.Diagnostic(new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character), f.message, SEVERITY[f.severity]);
          d.source = 'Goed Werk';
          d.code = 'privacy';
          return d;
        }));
      }
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
