// The memfs extension's link to the rig's server (scripts/code-oss.mjs): it reads the workspace from
// there at start and sends every change back, so the server's folder always holds the workspace's bytes.
//
// A worker has no page address to resolve relative URLs against, so every URL is absolute, built from
// the origin the extension itself was loaded from.

export interface Listing { path: string; type: 'file' | 'dir' }

export class RigServer {
  // Changes go out one at a time, in order: a rename must not overtake the write before it.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly origin: string) {}

  url(path: string): string {
    return this.origin + path;
  }

  async listWorkspace(): Promise<Listing[]> {
    return (await this.get('/rig/workspace/index.json')).json() as Promise<Listing[]>;
  }

  async readWorkspaceFile(rel: string): Promise<Uint8Array> {
    return new Uint8Array(await (await this.get(this.workspacePath(rel))).arrayBuffer());
  }

  async config<T>(): Promise<T> {
    return (await this.get('/rig/config.json')).json() as Promise<T>;
  }

  write(rel: string, data: Uint8Array): Promise<void> {
    return this.send('PUT', rel, { body: new Uint8Array(data) }); // a copy: the caller may reuse its buffer
  }

  mkdir(rel: string): Promise<void> {
    return this.send('MKCOL', rel);
  }

  remove(rel: string): Promise<void> {
    return this.send('DELETE', rel);
  }

  rename(from: string, to: string): Promise<void> {
    return this.send('MOVE', from, { headers: { destination: this.workspacePath(to) } });
  }

  /** Tells the test runner something happened (e.g. an extension activated), with the time. */
  event(name: string, detail: Record<string, unknown> = {}): Promise<void> {
    return fetch(this.url('/rig/event'), { method: 'POST', body: JSON.stringify({ name, time: Date.now(), ...detail }) })
      .then(() => undefined, () => undefined);
  }

  private workspacePath(rel: string): string {
    return '/rig/workspace/' + rel.split('/').map(encodeURIComponent).join('/');
  }

  private async get(path: string): Promise<Response> {
    const res = await fetch(this.url(path), { cache: 'no-store' });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${res.statusText}`);
    return res;
  }

  private send(method: string, rel: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<void> {
    const run = async () => {
      const res = await fetch(this.url(this.workspacePath(rel)), { method, ...init });
      if (!res.ok) throw new Error(`${method} ${rel}: the rig's server answered ${res.status}`);
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
