// In a browser there is no git to ask (the web build takes this file for ./git-name.ts).
import { notInBrowser } from '../web/not-in-browser';

export function gitUserName(_cwd?: string): Promise<string | undefined> {
  notInBrowser('gitName');
  return Promise.resolve(undefined);
}
