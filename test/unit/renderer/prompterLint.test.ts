import { describe, expect, it } from 'vitest';
import { lintShow, withLexicon } from '../../../shared/domain/compliance';
import { emptyTalkingPoints, type RunOfShow } from '../../../shared/protocol/runOfShow';
import { scriptSections } from '../../../renderer/src/views/prompter/scriptSections';

const show: RunOfShow = {
  id: 's', title: 't',
  products: [{ id: 'p1', name: '面霜', category: 'beauty.skincare', price: 9900, stock: 100 }],
  slots: [{
    id: 's1', productId: 'p1', role: 'hero', plannedMinutes: 10, mechanism: '', cues: [], targets: {},
    talkingPoints: { ...emptyTalkingPoints(), sellingPoints: '这款是顶级面霜，最好用' },
  }],
};
const flagged = (s: RunOfShow) => scriptSections(s, s.slots[0]!).flatMap((x) => x.findings.map((f) => f.text));

describe('the prompter lints with the producer\'s lexicon the show carries', () => {
  it('flags the built-in terms when the show has no lexicon', () => {
    expect(flagged(show)).toEqual(['顶级', '最好']);
  });

  it('does not flag a word the producer allowed', () => {
    const live = withLexicon(show, { terms: [], allow: ['顶级'] });
    expect(flagged(live)).toEqual(['最好']);
  });

  it('flags a term the producer added', () => {
    const live = withLexicon(show, { terms: [{ term: '面霜', category: 'custom', severity: 'warning' }], allow: ['顶级'] });
    expect(flagged(live)).toEqual(['面霜', '最好']);
  });

  it('finds what the editor and the hub find for the same show (one function, one input)', () => {
    const live = withLexicon(show, { terms: [], allow: ['顶级'] });
    const prompter = scriptSections(live, live.slots[0]!).flatMap((x) => x.findings);
    expect(prompter).toEqual(lintShow(live).filter((f) => f.slotId === 's1' && f.section !== 'mechanism'));
  });
});
