// The rig itself, through the API an extension uses: the workspace is the memfs folder filled from
// the fixtures, and every change reaches the server's folder byte for byte, with the error codes of a
// real file system.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rigApi, savedText, waitForEvent, workspaceUri } from '../rig';

const bytes = (text: string) => new TextEncoder().encode(text);

async function code(p: Thenable<unknown>): Promise<string> {
  try { await p; } catch (e) { return e instanceof vscode.FileSystemError ? e.code : `not a FileSystemError: ${e}`; }
  return 'no error';
}

describe('the web rig: memfs workspace', () => {
  it('opens memfs:/workspace with the fixtures in it', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.equal(folder?.toString(), 'memfs:/workspace');
    const names = (await vscode.workspace.fs.readDirectory(folder!)).map(([n]) => n).sort();
    assert.ok(names.includes('notes.probe.txt'), `the workspace holds ${names.join(', ')}`);
    assert.ok(names.includes('sub'), 'folders come along');
    const [, type] = (await vscode.workspace.fs.readDirectory(workspaceUri('sub'))).find(([n]) => n === 'deeper.probe.txt')!;
    assert.equal(type, vscode.FileType.File);
  });

  it('reads the fixtures byte for byte, CRLF and a BOM included', async () => {
    const read = await vscode.workspace.fs.readFile(workspaceUri('crlf-bom.txt'));
    assert.deepEqual([...read.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(new TextDecoder().decode(read).includes('\r\n'));
    assert.deepEqual(read, await (await rigApi()).savedBytes('crlf-bom.txt'));
  });

  it('writes through to the server, and reports the change', async () => {
    const uri = workspaceUri('written/new.txt');
    await vscode.workspace.fs.createDirectory(workspaceUri('written'));
    const changed = waitForEvent(vscode.workspace.createFileSystemWatcher('**/new.txt').onDidCreate, (u) => u.path === uri.path, 'a create event');
    await vscode.workspace.fs.writeFile(uri, bytes('één\r\ntwee\n'));
    await changed;
    assert.equal(await savedText('written/new.txt'), 'één\r\ntwee\n');
  });

  it('gives the file service the error codes it expects', async () => {
    const missing = workspaceUri('nope/missing.txt');
    assert.equal(await code(vscode.workspace.fs.readFile(missing)), 'FileNotFound');
    assert.equal(await code(vscode.workspace.fs.stat(missing)), 'FileNotFound');
    assert.equal(await code(vscode.workspace.fs.readFile(workspaceUri('sub'))), 'FileIsADirectory');
    assert.equal(await code(vscode.workspace.fs.delete(missing)), 'FileNotFound');
    assert.equal(await code(vscode.workspace.fs.createDirectory(workspaceUri('sub'))), 'no error', 'mkdir -p semantics of the file service');
    assert.equal(await code(vscode.workspace.fs.rename(workspaceUri('notes.probe.txt'), workspaceUri('sub/deeper.probe.txt'))), 'FileExists');
  });

  it('renames and deletes on the server too', async () => {
    await vscode.workspace.fs.writeFile(workspaceUri('move-me.txt'), bytes('moving'));
    await vscode.workspace.fs.rename(workspaceUri('move-me.txt'), workspaceUri('moved/here.txt'));
    assert.equal(await savedText('moved/here.txt'), 'moving');
    assert.equal(await code(vscode.workspace.fs.stat(workspaceUri('move-me.txt'))), 'FileNotFound');
    await vscode.workspace.fs.delete(workspaceUri('moved'), { recursive: true });
    assert.equal(await code(vscode.workspace.fs.stat(workspaceUri('moved/here.txt'))), 'FileNotFound');
    await assert.rejects((await rigApi()).savedBytes('moved/here.txt'), /404/);
  });
});

describe('the web rig: search in the memfs workspace', () => {
  it('finds files by glob, as github.dev and vscode.dev do for theirs', async () => {
    const found = (await vscode.workspace.findFiles('**/*.probe.txt')).map((u) => vscode.workspace.asRelativePath(u)).sort();
    assert.deepEqual(found, ['notes.probe.txt', 'sub/deeper.probe.txt']);
  });
});
