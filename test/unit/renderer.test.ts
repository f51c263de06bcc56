import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { textToCells } from '../../src/core/cells';
import { journalTemplate } from '../../src/core/template';
import { emptyCache, goedwerkPlugin, promptLines } from '../../src/renderer/plugin';
import { VIEW_KEY, type ViewMeta } from '../../src/renderer/protocol';

// The renderer's plugin on the markdown-it that VS Code's notebook renderer uses (same major version),
// fed what VS Code hands it: the cell's text, and its metadata in env.outputItem.
function render(text: string, view?: Partial<ViewMeta>, own: Record<string, unknown> = { tail: '' }, cache = emptyCache()): string {
  const md = new MarkdownIt({ html: true });
  goedwerkPlugin(cache)(md);
  const metadata = view ? { goedwerk: own, [VIEW_KEY]: { id: 'c1', ui: 'nl', role: 'section', ...view } } : {};
  return md.render(text, { outputItem: { id: 'x', mime: 'text/markdown', metadata, text: () => text } });
}

describe('renderer: a journal’s cells in the notebook', () => {
  it('leaves cells of other notebooks exactly as VS Code renders them', () => {
    const md = new MarkdownIt({ html: true });
    assert.equal(render('## Kennis\n\n- [ ] Excellent: ja'), md.render('## Kennis\n\n- [ ] Excellent: ja'));
  });

  it('shows the hidden prompt as quiet helper text under the heading, escaped, while the section is empty', () => {
    const [, , ervaring] = textToCells(journalTemplate('nl', { datum: '2024-01-01', titel: 'T' }));
    const html = render(ervaring.value, { role: 'section' }, ervaring.meta as unknown as Record<string, unknown>);
    assert.match(html, /<h2>Kenmerkende ervaring<\/h2>\n<div class="gw-prompt"><p class="gw-q">Vertel kort over dat ene moment/);
    assert.match(html, /data-gw-edit="c1">Klik hier om te schrijven</, 'a hint to start writing');
    assert.ok(!html.includes('&lt;!--') && !html.includes('<!--'), 'no comment markers, hidden or shown');
    const filled = render(`${ervaring.value}\n\nOma belde.`, { role: 'section' }, ervaring.meta as unknown as Record<string, unknown>);
    assert.match(filled, /<details class="gw-prompt"><summary>Hulpvragen<\/summary>/, 'once written, one click away');
    assert.ok(!filled.includes('gw-hint"'), 'no hint once written');
    assert.match(render('## K', { role: 'section' }, { tail: '', prompt: '\n\n<!-- <b>vet</b> & meer -->' }), /&lt;b&gt;vet&lt;\/b&gt; &amp; meer/);
  });

  it('reads every line of a prompt, one or many comments, bullets left out', () => {
    assert.deepEqual(promptLines('\n\n<!--\nEerste vraag?\n· Tweede\n- Derde\n-->\n\n<!-- Vierde -->'), ['Eerste vraag?', 'Tweede', 'Derde', 'Vierde']);
  });

  it('draws the 3E check as three answers per E, pressed as the contract reads the item', () => {
    const html = render('## 3E-check\n\n- [x] Excellent: ja\n- [ ] Ethisch: deels, voor oma niet\n- [ ] Energiek: Voelt het goed?\n- Iets anders', { role: 'section' });
    const pressed = [...html.matchAll(/aria-pressed="true" data-gw-answer="(\w+)" data-gw-e="(\w+)"/g)].map((m) => `${m[2]}=${m[1]}`);
    assert.deepEqual(pressed, ['excellent=ja', 'ethisch=deels']);
    assert.match(html, /<span class="gw-e-why">voor oma niet<\/span>/, 'the explanation stays');
    assert.match(html, /<span class="gw-e-q">Voelt het goed\?<\/span>/, 'an open E shows its question');
    assert.match(html, /<li>Iets anders<\/li>/, 'other items as they are');
    assert.ok(!html.includes('[x]') && !html.includes('[ ]'), 'no task boxes to read');
  });

  it('says what a beeld still lacks under its title, from the metadata or a later message', () => {
    const beeld = { todo: [{ part: 'kennis', label: 'Kennis', element: true, exists: false }, { part: 'uitwerking', label: 'Uitwerking', element: false, exists: true }],
      drieE: [{ id: 'excellent', label: 'Excellent', answer: 'ja' as const }] };
    const html = render('# Rust', { role: 'titel', beeld });
    assert.match(html, /Nog niet bekeken:<\/span> <span class="gw-chip gw-chip-add"[^>]*data-gw-part="kennis"[^>]*>\+ Kennis</);
    assert.match(html, /Nog te schrijven:<\/span> <span class="gw-chip"[^>]*data-gw-part="uitwerking"/);
    assert.match(html, /Excellent ja/);
    const cache = emptyCache();
    cache.beeld.set('c1', { todo: [] });
    assert.match(render('# Rust', { role: 'titel', beeld }, { tail: '' }, cache), /Alles bekeken/, 'the latest message wins');
    assert.match(render('## Kennis', { role: 'section', ui: 'en' }), /<div class="gw-status" data-gw-status="c1" data-gw-ui="en" hidden><\/div>/);
  });

  it('shows the frontmatter as a card of details and a blank journal as an invitation, in the user’s language', () => {
    const card = render('situatie: x', { role: 'frontmatter', ui: 'en', card: { fields: [{ label: 'Author', value: '' }, { label: 'Date', value: '1 March 2024' }] } });
    assert.match(card, /Details of this journal.*Edit details…/);
    assert.match(card, /<dt>Author<\/dt><dd class="gw-empty">not filled in yet<\/dd><dt>Date<\/dt><dd>1 March 2024<\/dd>/);
    assert.ok(!card.includes('situatie'), 'no YAML to read');
    const invite = render('Leeg.', { role: 'invitation' }, { tail: '', placeholder: 'Leeg.' });
    assert.match(invite, /data-gw-start="situation"[^>]*>Begin bij een kritische situatie…/);
    assert.match(invite, /data-gw-start="blank"[^>]*>Begin met een leeg beeld…/);
    assert.doesNotMatch(render('Eigen tekst', { role: 'invitation' }, { tail: '', placeholder: 'Leeg.' }), /gw-invite/, 'typed over: the writer’s text');
  });

  it('offers a picture for an empty afbeelding, without Markdown to type', () => {
    assert.match(render('## Afbeelding', { role: 'section' }), /data-gw-image="c1">Kies een afbeelding…/);
  });
});
