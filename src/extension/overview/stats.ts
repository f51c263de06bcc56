// Asks the language server for the team's stats. The extension bundle stays free of remark: parsing and
// counting happen in the server, which answers `goedwerk/stats`.
import * as vscode from 'vscode';
import type { TeamStats } from '../../core/stats';
import { STATS_REQUEST, type StatsParams } from '../../server/protocol';
import { getClient } from '../language/index';

export async function requestStats(folder: vscode.Uri | undefined): Promise<TeamStats> {
  const client = await getClient();
  if (!client) throw new Error(vscode.l10n.t('The Goed Werk language server is not running.'));
  const params: StatsParams = folder ? { folder: folder.fsPath } : {};
  return client.sendRequest<TeamStats>(STATS_REQUEST, params);
}
