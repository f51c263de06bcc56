// A status-bar clock for a group conversation, measured against the guide's 45 to 90 minutes.
import * as vscode from 'vscode';
import { timerFace } from './timer-format';

export interface TimerResult {
  minutes: number;
  seconds: number;
  label: string;
  /** The journal the conversation is written in, when the timer was started with one. */
  journal?: vscode.Uri;
}

export class SessionTimer implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('goedwerk.timer', vscode.StatusBarAlignment.Left, 50);
  private started = 0;
  private label = '';
  private journal: vscode.Uri | undefined;
  private tick: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly min: number, private readonly max: number) {
    this.item.name = vscode.l10n.t('Goed Werk conversation timer');
    this.item.command = 'goedwerk.stopTimer';
  }

  get running(): boolean {
    return this.tick !== undefined;
  }

  start(label: string, now = Date.now(), journal?: vscode.Uri): void {
    this.stopClock();
    this.started = now;
    this.label = label;
    this.journal = journal;
    this.render();
    this.item.show();
    this.tick = setInterval(() => this.render(), 1000);
    void vscode.commands.executeCommand('setContext', 'goedwerk.timerRunning', true);
  }

  /** Stops the clock and says how long the session lasted; undefined when none was running. */
  stop(now = Date.now()): TimerResult | undefined {
    if (!this.running) return undefined;
    this.stopClock();
    this.item.hide();
    void vscode.commands.executeCommand('setContext', 'goedwerk.timerRunning', false);
    const seconds = Math.max(0, Math.round((now - this.started) / 1000));
    return { minutes: Math.floor(seconds / 60), seconds, label: this.label, journal: this.journal };
  }

  private stopClock(): void {
    if (this.tick !== undefined) clearInterval(this.tick);
    this.tick = undefined;
  }

  private render(): void {
    const face = timerFace(Date.now() - this.started, this.min, this.max);
    this.item.text = `$(watch) ${face.clock}`;
    const window = vscode.l10n.t('{0}–{1} minutes', this.min, this.max);
    const state = face.phase === 'early'
      ? vscode.l10n.t('Still before the {0} minutes the guide suggests as a minimum.', this.min)
      : face.phase === 'window'
        ? vscode.l10n.t('Within the suggested {0}.', window)
        : vscode.l10n.t('Past the suggested maximum of {0} minutes: time to round off.', this.max);
    this.item.tooltip = `${this.label} (${window})\n${state}\n${vscode.l10n.t('Click to stop the timer.')}`;
    this.item.backgroundColor = face.phase === 'over' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.stopClock();
    this.item.dispose();
  }
}
