// core/edits (remark-free; the extension's commands and the server's quick fixes share it): where a
// fix puts its text, and that the result is what the rules then see.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkText } from '../../src/core/check';
import {
  addSectionEdit, addTitleEdit, applyEdits, beeldIndexAt, complete3eEdit, diffEdit, drieEStatus, fixBeeldEdit, insertDeugdEdit,
  journalLang, answer3eEdit,
} from '../../src/core/edits';
import { outline } from '../../src/core/scan';

const apply = (text: string, edit: { span: { start: number; end: number }; newText: string }) => applyEdits(text, [edit]);
const kinds = (text: string, beeld = 0) => outline(text).beelden[beeld].sections.map((s) => s.kind);

describe('edits', () => {
  it('applies edits in offset order, keeping the given order at one offset', () => {
    const text = 'abcdef';
    assert.equal(applyEdits(text, [
      { span: { start: 4, end: 5 }, newText: 'E' },
      { span: { start: 1, end: 1 }, newText: '1' },
      { span: { start: 1, end: 1 }, newText: '2' },
    ]), 'a12bcdEf');
  });

  it('finds the smallest single edit between two texts', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => assert.equal(apply(a, diffEdit(a, b)), b)));
  });

  it('puts a missing section in the canonical order, at the beeld\'s heading depth', () => {
    const text = '# T\n\n### Kenmerkende ervaring\n\nx\n\n### Deugden\n\n- Moed\n\n# Volgende\n';
    const out = apply(text, addSectionEdit(text, 0, 'kennis', 'nl'));
    assert.deepEqual(kinds(out), ['ervaring', 'kennis', 'deugden']);
    assert.match(out, /### Kennis\n\n<!-- .* -->\n\n### Deugden/);
    assert.deepEqual(outline(out).beelden.map((b) => b.title), ['T', 'Volgende']);
  });

  it('adds after the last earlier section when nothing comes after it, before the writer\'s own headings', () => {
    const text = '# T\n\n## Handelingen\n\nx\n\n## Mijn notities\n\ny\n';
    const out = apply(text, addSectionEdit(text, 0, 'uitwerking', 'en'));
    assert.deepEqual(kinds(out), ['handelingen', 'uitwerking', 'eigen']);
    assert.match(out, /## Elaboration/);
  });

  it('keeps a sub-heading of the writer inside its section', () => {
    const text = '# T\n\n## Kennis\n\na\n\n### notitie\n\nb\n\n## Vrijheid\n\nc\n';
    const out = apply(text, addSectionEdit(text, 0, 'identiteit', 'nl'));
    assert.ok(out.indexOf('### notitie') < out.indexOf('## Identiteit'));
    assert.ok(out.indexOf('## Identiteit') < out.indexOf('## Vrijheid'));
  });

  it('works without a final line break, with CRLF, and on an empty file', () => {
    const crlf = '# T\r\n\r\n## Kennis\r\n\r\nx';
    const out = apply(crlf, addSectionEdit(crlf, 0, 'vrijheid', 'nl'));
    assert.match(out, /x\r\n\r\n## Vrijheid\r\n\r\n<!--/);
    assert.ok(!/[^\r]\n/.test(out));
    assert.match(apply('', addSectionEdit('', 0, 'kennis', 'nl')), /^## Kennis\n/);
  });

  it('gives a title: a new H1 at the start, or text in an empty one', () => {
    const untitled = '---\na: 1\n---\n## Kennis\n\nx\n';
    const out = apply(untitled, addTitleEdit(untitled, 0, 'nl', 'Mijn beeld'));
    assert.equal(outline(out).beelden[0].title, 'Mijn beeld');
    assert.ok(out.startsWith('---\na: 1\n---\n'));
    const empty = '# A\n\n#\n\n## Kennis\n';
    assert.equal(outline(apply(empty, addTitleEdit(empty, 1, 'en'))).beelden[1].title, 'Catchy title');
  });

  it('completes the 3E check in the list with its questions, then writes down the answers given', () => {
    const text = '# T\n\n## 3E-check\n\n- [x] Excellent: ja\n- [ ] *Energiek*\n\nSlot.\n';
    assert.deepEqual(drieEStatus(text, 0), { excellent: 'ja', ethisch: 'missing', energiek: 'open' });
    const completed = apply(text, complete3eEdit(text, 0, 'nl'));
    assert.match(completed, /- \[ \] \*Energiek\*\n- \[ \] Ethisch: Doet het recht aan iedereen die erbij betrokken is\?\n\nSlot\./);
    assert.deepEqual(drieEStatus(completed, 0), { excellent: 'ja', ethisch: 'open', energiek: 'open' }, 'a question is open');
    assert.equal(answer3eEdit(completed, 0, 'excellent', 'nee', 'nl'), undefined, 'an answered E is left alone');
    const ethisch = answer3eEdit(completed, 0, 'ethisch', 'deels', 'nl')!;
    const energiek = answer3eEdit(completed, 0, 'energiek', 'nee', 'nl')!;
    const answered = applyEdits(completed, [ethisch, energiek]);
    assert.match(answered, /- \[ \] Energiek: nee\n- \[ \] Ethisch: deels\n\nSlot\./);
    assert.deepEqual(drieEStatus(answered, 0), { excellent: 'ja', ethisch: 'deels', energiek: 'nee' });
    assert.ok(!checkText(answered, { lang: 'nl' }).some((f) => f.rule === '3e-onvolledig'), 'no is an answer');
    const yes = apply('# T\n## 3E check\r\n- Engaging\r\n', answer3eEdit('# T\n## 3E check\r\n- Engaging\r\n', 0, 'energiek', 'ja', 'en')!);
    assert.equal(yes, '# T\n## 3E check\r\n- [x] Engaging: yes\r\n');
    // An item with nested lines: the missing E's go after all of it, so the nesting stays.
    const nested = '# T\n## 3E-check\n- [x] Excellent: ja\n  - want ik luisterde\n\nSlot.\n';
    assert.equal(apply(nested, complete3eEdit(nested, 0, 'nl')).split('\n').slice(2, 6).join('\n'),
      '- [x] Excellent: ja\n  - want ik luisterde\n- [ ] Ethisch: Doet het recht aan iedereen die erbij betrokken is?\n- [ ] Energiek: Voelt het goed, en geeft het je energie?');
  });

  it('inserts a deugd after the last item (continuation lines included), or makes the section', () => {
    const text = '# T\n## Deugden\n- moed\n  meer uitleg\n## Vrijheid\nx';
    assert.equal(apply(text, insertDeugdEdit(text, 0, 'Geduld', 'nl')), '# T\n## Deugden\n- moed\n  meer uitleg\n- Geduld\n## Vrijheid\nx');
    const none = '# T\n\n## Kennis\n\nx\n\n## Vrijheid\n\ny\n';
    const out = apply(none, insertDeugdEdit(none, 0, 'Courage', 'en'));
    assert.deepEqual(kinds(out), ['kennis', 'deugden', 'vrijheid']);
    assert.match(out, /## Virtues\n\n- Courage\n/);
  });

  it('fixes a whole beeld into one that lacks nothing but content', () => {
    const text = 'Vooraf.\n\n## Deugden\n\n- Moedd\n';
    const out = apply(text, fixBeeldEdit(text, 0, 'nl', { replacements: [{ span: { start: text.indexOf('Moedd'), end: text.indexOf('Moedd') + 5 }, newText: 'Moed' }] }));
    const rules = new Set(checkText(out, { lang: 'nl' }).map((f) => f.rule));
    assert.ok(!rules.has('titel-ontbreekt') && !rules.has('deugd-onbekend'), [...rules].join());
    assert.deepEqual(kinds(out), ['ervaring', 'handelingen', 'kennis', 'identiteit', 'deugden', 'vrijheid', 'uitwerking', 'drie-e']);
  });

  it('tells the journal\'s language by its headings, and the beeld at an offset', () => {
    assert.equal(journalLang('# T\n## Skills\n## Knowledge\n## Kennis\n', 'nl'), 'en');
    assert.equal(journalLang('# T\n## Kennis\n', 'en'), 'nl');
    assert.equal(journalLang('# T\n', 'en'), 'en');
    const text = 'intro\n# A\nx\n# B\ny\n';
    assert.equal(beeldIndexAt(text, 0), -1);
    assert.equal(beeldIndexAt(text, text.indexOf('y')), 1);
  });

  it('never breaks the structure it does not touch, whatever the text', () => {
    const piece = fc.constantFrom('# A\n', '## Kennis\n', '## Deugden\n', '- x\n', '```\n', 'tekst\n', '\n', '\r\n', '## 3E-check\n', '- [ ] Excellent\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('ervaring', 'kennis', 'drie-e', 'uitwerking'), (parts, kind) => {
      const text = parts.join('');
      const before = outline(text);
      for (let b = 0; b < Math.max(1, before.beelden.length); b++) {
        const edit = addSectionEdit(text, b, kind as 'kennis', 'nl');
        const out = apply(text, edit);
        const after = outline(out);
        // The titles stay, and nothing of the old text is lost: the edit only inserts.
        assert.deepEqual(after.beelden.map((x) => x.title).filter((t) => t !== null), before.beelden.map((x) => x.title).filter((t) => t !== null));
        assert.equal(edit.span.start, edit.span.end, 'an insertion, replacing nothing');
        assert.ok(edit.newText.length > 0);
        assert.equal(out.slice(0, edit.span.start) + out.slice(edit.span.start + edit.newText.length), text);
      }
    }), { numRuns: 200 });
  });
});
