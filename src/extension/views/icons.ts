// The SVG icons in media/icons, light and dark, for tree items and pages.
import * as vscode from 'vscode';
import type { ElementId } from '../../core/model';

export type IconName = ElementId | 'drie-e' | 'goedwerk';

export function iconPath(extensionUri: vscode.Uri, name: IconName): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(extensionUri, 'media', 'icons', `${name}-light.svg`),
    dark: vscode.Uri.joinPath(extensionUri, 'media', 'icons', `${name}-dark.svg`),
  };
}
