// The notice above the table (the server is slow or failed), with its retry button when it has one.
import { $ } from './dom';

export function showNotice(text: unknown, retry: unknown): void {
  const box = $('notice');
  const button = $('notice-retry');
  const words = $('notice-text');
  if (!box || !button || !words) return;
  words.textContent = typeof text === 'string' ? text : '';
  button.textContent = typeof retry === 'string' ? retry : '';
  button.hidden = !button.textContent;
  box.hidden = !words.textContent;
}
