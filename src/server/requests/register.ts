// The server's own requests on the connection (goedwerk/stats, exportBeeld, reflectie, the privacy
// requests and the debug counts): each gets the open journals' unsaved text and the team's options,
// and the long ones the request's cancellation token.
import { ProgressType, type Connection } from 'vscode-languageserver/node';
import {
  DEBUG_COUNTS_REQUEST, EXPORT_BEELD_REQUEST, REFLECTIE_REQUEST, STATS_REQUEST,
  type ExportBeeldParams, type ReflectieParams, type StatsParams, type StatsProgress,
} from '../../protocol';
import { checkOptions, type AnalyzeContext } from '../analyze';
import { serverJournalFiles } from '../journal-files';
import type { OpenJournals } from '../openJournals';
import { registerPrivacyRequests } from '../privacyActions';
import type { Session } from '../session';
import { maxBytes } from '../settings';
import type { TeamReports } from '../teamReports';
import { pathOf } from '../uri';
import { Cancelled } from '../work';
import type { WorkspaceJournals } from '../workspace';
import { handleExportBeeld } from './exportBeeld';
import { handleReflectie } from './reflectie';
import { StatsRequest } from './stats';

export interface RequestDeps {
  session: Session;
  open: OpenJournals;
  team: TeamReports;
  workspace: () => WorkspaceJournals;
  context(path: string | undefined): AnalyzeContext;
}

/** Logs a failed request (a cancelled one did not fail) before the connection answers it with the error. */
async function logged<T>(session: Session, where: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof Cancelled)) session.logError(where, e);
    throw e;
  }
}

export function registerRequests(connection: Connection, deps: RequestDeps): void {
  const { session, open, team } = deps;
  const stats = new StatsRequest();
  const statsProgress = new ProgressType<StatsProgress>();
  const options = (path: string) => checkOptions(deps.context(path));

  connection.onRequest(STATS_REQUEST, (params: StatsParams | undefined, token) => logged(session, 'stats', () => {
    const partial = params?.partialResultToken;
    return stats.handle(params, {
      journals: (folder, t) => deps.workspace().journals(folder, t),
      openText: (path) => open.textOfPath(path),
      readMany: serverJournalFiles.readMany,
      batch: serverJournalFiles.batch,
      options,
      maxBytes: maxBytes(session.settings),
      progress: partial === undefined ? undefined : (done, total, so) =>
        void connection.sendProgress(statsProgress, partial, { done, total, stats: so } satisfies StatsProgress),
    }, token);
  }));

  connection.onRequest(EXPORT_BEELD_REQUEST, (params: ExportBeeldParams) => handleExportBeeld(params, {
    openText: (uri) => open.viewFor(open.journalOf(uri))?.text,
    read: (uri) => {
      const path = pathOf(uri);
      return path ? serverJournalFiles.read(path, maxBytes(session.settings)) : { missing: true };
    },
    maxMb: session.settings.maxFileSize,
    checkOptions: (uri) => checkOptions(deps.context(pathOf(uri))).opts,
  }));

  connection.onRequest(REFLECTIE_REQUEST, (params: ReflectieParams | undefined, token) => logged(session, 'reflectie', () =>
    handleReflectie(params, {
      journals: (folder, t) => deps.workspace().journals(folder, t),
      list: (dir, t) => serverJournalFiles.list(dir, t),
      openText: (path) => open.textOfPath(path),
      read: serverJournalFiles.read,
      options,
      roots: session.roots,
      maxBytes: maxBytes(session.settings),
    }, token)));

  registerPrivacyRequests(connection, {
    view: (uri) => open.viewFor(open.journalOf(uri)),
    allowedNames: (uri) => team.resolve(pathOf(open.journalOf(uri))).config?.privacy?.namen ?? [],
  });

  // For tests and the bench: how much work the incremental paths did (no timing involved).
  connection.onRequest(DEBUG_COUNTS_REQUEST, async (params: { uri?: string } | undefined) => {
    if (!params?.uri) await deps.workspace().ready();
    return {
      ...deps.workspace().counts,
      parsedBeelden: params?.uri ? open.checkers.get(open.journalOf(params.uri))?.parsedLastTime ?? -1 : -1,
    };
  });
}
