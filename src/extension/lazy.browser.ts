// The web build's loader (it takes this file for ./lazy.ts): a browser's worker cannot require a file
// by path, so the chunks are part of the one web bundle and only their first use is recorded.
import * as client from './language/client';
import * as yamlReaders from './views/yaml-readers';
import * as overview from '../core/overview-html';
import * as reflectie from '../core/reflectie/render';
import * as feedbackPrivacy from '../core/feedback/privacy';

const CHUNKS: Record<string, unknown> = {
  client, 'yaml-readers': yamlReaders, overview, reflectie, 'feedback-privacy': feedbackPrivacy,
};

/** The chunks used so far, for the test API. */
export const loadedChunks: string[] = [];

export function lazy<T>(name: string): () => T {
  return () => {
    const chunk = CHUNKS[name];
    if (!chunk) throw new Error(`unknown chunk ${name}`);
    if (!loadedChunks.includes(name)) loadedChunks.push(name);
    return chunk as T;
  };
}
