// git's user.name, proposed as the writer's name the first time a journal is made.
import { execFile } from 'node:child_process';

/** git's user.name, read from the local configuration (no network); undefined without git. */
export function gitUserName(cwd?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', '--get', 'user.name'], { cwd, timeout: 3000, windowsHide: true }, (err, stdout) => {
        const name = String(stdout ?? '').trim();
        resolve(err || !name ? undefined : name);
      });
    } catch {
      resolve(undefined);
    }
  });
}
