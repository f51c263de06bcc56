// A command that fails tells the user so in a message of its own, with the reason, and resolves with
// undefined instead of leaving VS Code's bare "command failed" notification.
import * as vscode from 'vscode';

export function reportingFailure<A, R>(run: (arg: A) => Promise<R>, say: (reason: string) => string): (arg: A) => Promise<R | undefined> {
  return async (arg) => {
    try {
      return await run(arg);
    } catch (e) {
      void vscode.window.showErrorMessage(say((e as Error).message ?? String(e)));
      return undefined;
    }
  };
}
