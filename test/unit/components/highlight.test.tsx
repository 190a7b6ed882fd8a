import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlight } from '../../../components/Highlight';

describe('Highlight (flagged words in a description)', () => {
  it('marks every occurrence, whatever the case, longest phrase first', () => {
    const html = renderToStaticMarkup(
      <Highlight text="Power bank 20000mAh, lithium POWER BANK" words={['power bank', 'Power', 'lithium']} />,
    );
    expect(html).toBe('<mark>Power bank</mark> 20000mAh, <mark>lithium</mark> <mark>POWER BANK</mark>');
  });

  it('treats words as text, not as patterns', () => {
    expect(renderToStaticMarkup(<Highlight text="size (L) x2" words={['(L)', '.*']} />)).toBe(
      'size <mark>(L)</mark> x2',
    );
  });

  it('leaves the text alone without words', () => {
    expect(renderToStaticMarkup(<Highlight text="a <b>" words={[]} />)).toBe('a &lt;b&gt;');
  });
});
