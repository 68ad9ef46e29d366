import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippetParts';

describe('snippetParts', () => {
  it('marks the text between « and » as hits', () => {
    expect(snippetParts('…研发投入占«营业收入»的比例…')).toEqual([
      { text: '…研发投入占', hit: false },
      { text: '营业收入', hit: true },
      { text: '的比例…', hit: false },
    ]);
  });
  it('handles several hits, hits at the ends, and none', () => {
    expect(snippetParts('«a»b«c»').map((part) => part.hit)).toEqual([true, false, true]);
    expect(snippetParts('plain')).toEqual([{ text: 'plain', hit: false }]);
  });
});
