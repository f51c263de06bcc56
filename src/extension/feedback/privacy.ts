// The privacy rule over feedback in VS Code: a finding in a thread's text shows in the Problems panel
// on the thread's file, named by its kind (never its value), at the team's severity for the rule (else
// the user's), with the team's names and kinds of `.goedwerk.json`, as for the journal.
import * as vscode from 'vscode';
import { feedbackPrivacy } from './privacy-chunk';
import type { FeedbackPrivacyFinding } from '../../core/feedback/privacy';
import type { Severity, SeveritySetting } from '../../core/model';
import { resolveIn } from './host';
import { uiLang } from './commands';
import type { TeamPrivacy } from './team-privacy';
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
  /** Each run counts; a slower earlier run must not overwrite a later one. */
  private generation = 0;

  constructor(private readonly store: FeedbackWorkspace, private readonly team: TeamPrivacy) {
    const later = () => void this.update();
    this.disposables.push(store.onDidChange(later), team.onDidChange(later),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('goedwerk.rules.privacy')) later(); }));
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    // No thread, no need to load the detectors.
    if (!this.store.all().some(({ loaded }) => loaded.threads.length > 0)) {
      this.diagnostics.clear();
      return;
    }
    const setting = vscode.workspace.getConfiguration('goedwerk').get<SeveritySetting>('rules.privacy');
    const next: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const { root, loaded } of this.store.all()) {
      for (const thread of loaded.threads) {
        const journal = thread.anchor.journal ? resolveIn(root, thread.anchor.journal) : undefined;
        const { config, find } = journal ? await this.team.forJournal(journal) : { config: undefined, find: {} };
        const severity = feedbackPrivacy().privacySeverity(config, setting);
        const findings = feedbackPrivacy().checkThreadPrivacy(thread, loaded.texts.get(thread.file) ?? '', { lang: uiLang(), severity, ...find });
        if (findings.length) next.push([resolveIn(root, thread.file), findings.map((f) => diagnostic(f))]);
      }
    }
    if (generation !== this.generation) return;
    this.diagnostics.clear();
    for (const [uri, diags] of next) this.diagnostics.set(uri, diags);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function diagnostic(f: FeedbackPrivacyFinding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character), f.message, SEVERITY[f.severity]);
  d.source = 'Goed Werk';
  d.code = 'privacy';
  return d;
}
