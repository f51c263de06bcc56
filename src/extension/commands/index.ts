import * as vscode from 'vscode';
import { GROUP_GUIDE } from '../../core/content/guides';
import { guideTitle } from '../views/guides-data';
import { uiLang } from '../views/ui-lang';
import { guideArg } from './args';
import { add3e, addBeeld, addElement, insertDeugd, insertSituation } from './edit-commands';
import { setPickerIcons } from './pickers';
import { createJournal, setJournalState, type JournalKind } from './new-journal';
import { trackEditors } from './target';
import { SessionTimer, type TimerResult } from './timer';
import { registerReflectie } from '../reflectie/command';
import { fillDurationNote } from '../reflectie/timer-duration';

/** Registers the palette commands (the walkthrough is declared in package.json and needs no code). */
export function registerCommands(context: vscode.ExtensionContext): void {
  setPickerIcons(context.extensionUri);
  setJournalState(context.globalState);
  trackEditors(context);
  const timer = new SessionTimer(GROUP_GUIDE.minutesMin, GROUP_GUIDE.minutesMax);
  context.subscriptions.push(timer);
  void vscode.commands.executeCommand('setContext', 'goedwerk.timerRunning', false);

  const startGroup = async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const uri = await createJournal('groep', arg);
    if (uri) timer.start(guideTitle('groep', uiLang()), Date.now(), uri);
    return uri;
  };
  const stopTimer = async (): Promise<TimerResult | undefined> => {
    const result = timer.stop();
    if (result) {
      const note = await fillDurationNote(result.journal, result.seconds);
      void vscode.window.showInformationMessage(vscode.l10n.t('The conversation lasted {0} minutes (the guide suggests {1} to {2}).',
        result.minutes, GROUP_GUIDE.minutesMin, GROUP_GUIDE.minutesMax) + note);
    }
    return result;
  };
  const fromGuide = (arg?: unknown): Promise<unknown> => {
    const guide = guideArg(arg);
    if (guide === 'groep') return startGroup();
    const kind: JournalKind = guide === 'een-op-een' ? 'een-op-een' : guide === 'vragen' ? 'vragen' : 'beeld';
    return createJournal(kind, undefined);
  };

  const commands: Record<string, (...args: unknown[]) => unknown> = {
    'goedwerk.newBeeld': (arg) => createJournal('beeld', arg),
    'goedwerk.startOneToOne': (arg) => createJournal('een-op-een', arg),
    'goedwerk.startGroup': startGroup,
    'goedwerk.stopTimer': stopTimer,
    'goedwerk.startFromGuide': fromGuide,
    'goedwerk.addBeeld': addBeeld,
    'goedwerk.insertSituation': insertSituation,
    'goedwerk.insertDeugd': insertDeugd,
    'goedwerk.addElement': addElement,
    'goedwerk.add3e': add3e,
  };
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  }
  registerReflectie(context);
}
