// `os` in a browser's worker: no user, no home folder.
export function homedir(): string {
  return '/';
}

export function tmpdir(): string {
  return '/tmp';
}

export const EOL = '\n';

export default { homedir, tmpdir, EOL };
