// The language the sidebar speaks: VS Code's display language, Dutch unless that is English.
import * as vscode from 'vscode';
import type { Lang } from '../../core/model';
import { langFromLocale } from '../../core/i18n';

export function uiLang(): Lang {
  return langFromLocale(vscode.env.language);
}

/** The language of new templates: the `goedwerk.templateLanguage` setting, `auto` following the UI. */
export function templateLang(scope?: vscode.Uri): Lang {
  const setting = vscode.workspace.getConfiguration('goedwerk', scope).get<string>('templateLanguage', 'auto');
  return setting === 'nl' || setting === 'en' ? setting : uiLang();
}
