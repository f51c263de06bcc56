import * as assert from 'node:assert/strict';
import { anchorAt, currentAnchor, placeAnchor } from '../../../src/core/feedback/anchor';
import { fingerprint, fingerprintSimilarity } from '../../../src/core/feedback/fingerprint';
import { parseThread, newThreadText } from '../../../src/core/feedback/format';
import type { FeedbackAnchor } from '../../../src/core/feedback/model';
import { JournalTexts, placeThreads } from '../../../src/core/feedback/place';
import { JOURNAL } from './helpers';

const J = 'team/paniek.goedwerk.md';
const at = (needle: string, text = JOURNAL) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i;
};
const spanText = (text: string, p: { span?: { start: number; end: number } }) => text.slice(p.span!.start, p.span!.end);

function anchorOn(needle: string, opts: { quote?: string; whole?: boolean } = {}): FeedbackAnchor {
  const q = opts.quote ? { start: at(opts.quote), end: at(opts.quote) + opts.quote.length } : undefined;
  return anchorAt(JOURNAL, at(needle), J, { quote: q, wholeBeeld: opts.whole })!;
}

function thread(anchor: FeedbackAnchor) {
  return parseThread(newThreadText('t', anchor, { id: 't-1', kind: 'reactie', author: 'Coach', date: '2024-01-01T00:00:00Z', body: 'vraag' }), '.goedwerk/feedback/t.md');
}

describe('feedback anchors', () => {
  it('anchors to the beeld and section at a place, with an optional quote', () => {
    const a = anchorOn('Ik wist hoe', { quote: 'wie die nacht bereikbaar was' });
    assert.equal(a.beeld, 'Paniek bij oma');
    assert.equal(a.beeldIndex, 0);
    assert.equal(a.section, 'kennis');
    assert.equal(a.heading, 'Kennis');
    assert.equal(a.quote, 'wie die nacht bereikbaar was');
    assert.match(a.fingerprint!, /^[0-9a-f]{6}( [0-9a-f]{6}){7}$/);
    assert.equal(anchorOn('Hij mocht kiezen').beeldIndex, 1);
    assert.equal(anchorOn('Ik wist hoe', { whole: true }).section, undefined);
    assert.equal(anchorAt(JOURNAL, 3, J), undefined, 'the frontmatter is no beeld');
  });

  it('finds the place again in the unchanged text', () => {
    const a = anchorOn('Ik wist hoe', { quote: 'wie die nacht bereikbaar was' });
    const p = placeAnchor(JOURNAL, a);
    assert.equal(p.state, 'attached');
    assert.equal(spanText(JOURNAL, p), 'wie die nacht bereikbaar was');
    const h = placeAnchor(JOURNAL, anchorOn('Ik wist hoe'));
    assert.equal(spanText(JOURNAL, h), '## Kennis');
  });

  it('re-attaches after edits above it, a renamed heading and a retitled beeld', () => {
    const a = anchorOn('Oma belde', { quote: 'wist niet wie ze moest bellen' });
    const edited = JOURNAL
      .replace('# Paniek bij oma', '# Een nacht vol zorgen')
      .replace('## Kenmerkende ervaring\nOma', '## Ervaring\nEerst een nieuwe zin.\n\nOma')
      .replace('---\n\n#', '---\n\nEen inleiding die er eerst niet was.\n\n#');
    const p = placeAnchor(edited, a);
    assert.equal(p.state, 'moved');
    assert.equal(p.beeld, 0);
    assert.equal(p.section?.kind, 'ervaring');
    assert.equal(spanText(edited, p), 'wist niet wie ze moest bellen');
    const now = currentAnchor(edited, a, p)!;
    assert.equal(now.beeld, 'Een nacht vol zorgen');
    assert.equal(now.heading, 'Ervaring');
  });

  it('finds a retitled beeld by its words even without a quote, also when beelden swap places', () => {
    const a = anchorOn('Hij mocht kiezen');
    const [first, second] = JOURNAL.split(/(?=^# Loslaten)/m);
    const swapped = first.slice(0, first.indexOf('# Paniek')) + second.replace('# Loslaten na achttien', '# Zelf kiezen') + '\n' + first.slice(first.indexOf('# Paniek'));
    const p = placeAnchor(swapped, a);
    assert.equal(p.state, 'moved');
    assert.equal(p.beeld, 0);
    assert.equal(spanText(swapped, p), '## Vrijheid');
  });

  it('sits on the beeld\'s title when its section is gone', () => {
    const a = anchorOn('Ik wist hoe');
    const without = JOURNAL.replace(/## Kennis\n[^\n]*\n\n/, '');
    const p = placeAnchor(without, a);
    assert.equal(p.state, 'moved');
    assert.equal(p.sectionLost, true);
    assert.equal(spanText(without, p), '# Paniek bij oma');
  });

  it('detaches when the beeld is gone, even if another beeld now stands at its place', () => {
    const a = anchorOn('Ik wist hoe');
    const gone = JOURNAL.replace(/# Paniek bij oma[\s\S]*?(?=# Loslaten)/, '');
    assert.equal(placeAnchor(gone, a).state, 'detached');
    assert.equal(placeAnchor('', a).state, 'detached');
    assert.equal(placeAnchor('\u0000binary', a).state, 'detached');
  });

  it('follows a journal that was renamed, and lists a thread without journal as detached', () => {
    const t = thread(anchorOn('Ik wist hoe'));
    const renamed = new JournalTexts(new Map([['archief/paniek-2024.goedwerk.md', JOURNAL], ['ander.goedwerk.md', '# Iets anders\n\n## Kennis\nNiets gelijks.\n']]));
    const [moved] = placeThreads([t], renamed);
    assert.equal(moved.journal, 'archief/paniek-2024.goedwerk.md');
    assert.equal(moved.placement.state, 'moved');
    const [lost] = placeThreads([t], new JournalTexts(new Map([['ander.goedwerk.md', '# Iets anders\n\n## Kennis\nNiets gelijks.\n']])));
    assert.equal(lost.placement.state, 'detached');
    assert.equal(lost.journal, undefined);
    assert.equal(lost.thread.entries[0].body, 'vraag', 'a detached thread keeps every comment');
  });

  it('fingerprints survive small edits and tell different beelden apart', () => {
    const a = fingerprint('Oma belde in paniek: de jongen was niet thuisgekomen en zij wist niet wie ze moest bellen. Ik bleef kalm en vroeg door.');
    const b = fingerprint('Oma belde in paniek: de jongen was niet thuisgekomen en zij wist niet wie ze moest bellen. Ik bleef rustig en vroeg door.');
    const c = fingerprint('Een jongere werd achttien en wilde geen hulp meer, terwijl ik zorgen had over zijn woonplek en zijn school.');
    assert.ok(fingerprintSimilarity(a, b)! >= 0.5, `${fingerprintSimilarity(a, b)}`);
    assert.ok(fingerprintSimilarity(a, c)! <= 0.25, `${fingerprintSimilarity(a, c)}`);
    assert.equal(fingerprint('<!-- alleen een prompt -->'), '');
    assert.equal(fingerprintSimilarity('', a), undefined);
  });
});
