/**
 * A deck written in reveal.js's own Markdown conventions (plugin/markdown) renders as Reveal would
 * render it: attribute comments land where Reveal puts them, notes start at `Note:` or `Notes:`,
 * and what a slide shows from beside the deck goes through one media resolver.
 */
import { describe, expect, test } from 'vitest';
import { DeckError, parseDeck, type ParsedDeck } from '../../src/shared/deck/parse-deck.ts';
import { thrownBy } from '../support/thrown.ts';

const parse = (body: string, options?: Parameters<typeof parseDeck>[3]) => parseDeck(`# Titel\n\n---\n\n${body}`, 'decks/reveal.md', 'reveal', options);
/** The HTML of the slide after the title slide. */
const slide = (body: string) => parse(body).stacks[1][0].html;
const errorOf = (body: string) => thrownBy(() => parse(body), DeckError);

describe('parseDeck: Reveal\'s .slide: comments', () => {
  test('set attributes on the slide\'s section, wherever the comment stands in the slide', () => {
    const html = slide('## Kop\n\nTekst\n\n<!-- .slide: data-background-color="#0a5c6b" data-transition="zoom" class="stil" id="start" data-auto-animate -->');
    expect(html).toMatch(/^<section data-background-color="#0a5c6b" data-transition="zoom" class="stil" id="start" data-auto-animate="">/);
    expect(html).not.toContain('.slide:');
  });

  test('on a vertical slide set the attributes of that slide, not of its stack', () => {
    const parsed = parse('## Boven\n--\n<!-- .slide: data-background-color="black" -->\n## Onder');
    expect(parsed.stacks[1][1].html).toMatch(/^<section data-background-color="black">/);
    expect(parsed.stacks[1][0].html).toMatch(/^<section>/);
  });

  test('keep the exercise\'s own data-exercise and add the trainer\'s attributes beside it', () => {
    const html = slide('<!-- .slide: class="donker" -->\n::: truefalse stelling\nHet klopt.\nantwoord: juist\nuitleg: Zo is het.\n:::');
    expect(html).toMatch(/^<section data-exercise="stelling" class="donker">/);
  });
});

describe('parseDeck: Reveal\'s .element: comments', () => {
  test('set attributes on the list item they end, as fragments', () => {
    const html = slide('- een <!-- .element: class="fragment" -->\n- twee <!-- .element: class="fragment fade-up" data-fragment-index="1" -->');
    expect(html).toContain('<li class="fragment">een </li>');
    expect(html).toContain('<li class="fragment fade-up" data-fragment-index="1">twee </li>');
    expect(html).not.toContain('.element');
  });

  test('on a line of their own set the attributes of the block before them', () => {
    expect(slide('Een alinea\n<!-- .element: class="fragment" -->')).toContain('<p class="fragment">Een alinea</p>');
    expect(slide('## Kop\n<!-- .element: class="r-fit-text" -->')).toContain('<h2 class="r-fit-text">Kop</h2>');
  });

  test('right after a list set the attributes of its last item; after a blank line, of the list', () => {
    expect(slide('- een\n- twee\n<!-- .element: class="fragment" -->')).toContain('<li>een</li>\n<li class="fragment">twee</li>');
    expect(slide('- een\n- twee\n\n<!-- .element: class="fragment" -->')).toContain('<ul class="fragment">');
  });

  test('inside a line set the attributes of the element just before them, or of the line itself', () => {
    expect(slide('Een **vet** <!-- .element: class="fragment highlight-red" --> woord')).toContain(
      '<p>Een <strong class="fragment highlight-red">vet</strong>  woord</p>',
    );
    expect(slide('## Kop <!-- .element: class="fragment" -->')).toContain('<h2 class="fragment">Kop </h2>');
  });

  test('with nothing before them set the attributes of the slide, as Reveal does', () => {
    expect(slide('<!-- .element: class="stil" -->\n## Kop')).toMatch(/^<section class="stil">/);
  });

  test('replace an attribute the element already has', () => {
    const html = slide('```js\nlet a;\n```\n<!-- .element: class="stretch" -->');
    expect(html).toContain('<pre class="stretch"><code class="language-js">');
  });

  test('after an exercise block fail: Reveal would set them on the live view', () => {
    const error = errorOf('::: truefalse stelling\nHet klopt.\nantwoord: juist\nuitleg: Zo is het.\n:::\n<!-- .element: class="fragment" -->');
    expect(error.message).toMatch(/^decks\/reveal\.md:10: .*exercise/);
  });

  test('leave ordinary comments alone', () => {
    expect(slide('Tekst\n<!-- gewoon commentaar -->')).toContain('<!-- gewoon commentaar -->');
  });
});

describe('parseDeck: the attributes a comment may set', () => {
  test.each([
    ['an event handler', '<!-- .element: onclick="alert(1)" -->', /"onclick" runs script/],
    ['an attribute Reveal does not read', '<!-- .element: srcdoc="x" -->', /"srcdoc" is not an attribute a deck may set: use class, id, style, title, width, height or data-…/],
    ['a script URL', '<!-- .slide: data-state="javascript:alert(1)" -->', /"data-state": a "javascript:" link runs script/],
    ['a style that loads something', '<!-- .element: style="background: url(http://x/y.png)" -->', /"style" may set colours and sizes but load nothing/],
    ['the exercise\'s own attribute', '<!-- .slide: data-exercise="vraag" -->', /"data-exercise" is set by the slide's exercise block/],
    ['a page in the background', '<!-- .slide: data-background-iframe="https://example.org" -->', /"data-background-iframe" shows a web page/],
    ['a class with odd characters', '<!-- .element: class="a<b" -->', /"class" holds class names/],
    ['single quotes', "<!-- .element: class='fragment' -->", /write each attribute as name="value"/],
  ])('refuses %s, naming the line', (_what, comment, problem) => {
    const error = errorOf(`Tekst\n\n${comment}`);
    expect(error.line).toBe(7);
    expect(error.problem).toMatch(problem);
  });
});

describe('parseDeck: images and media beside the deck', () => {
  const resolved = (body: string) => {
    const asked: [string, number][] = [];
    const parsed = parse(body, { mediaUrl: (path, line) => {
        asked.push([path, line]);
        return `/assets/${path.split('/').pop()}`;
      },
    });
    return { html: parsed.stacks[1][0].html, asked };
  };

  test('hands every Markdown image to the media resolver with its line, and uses what it returns', () => {
    const { html, asked } = resolved('## Foto\n\n![Een boom](media/boom.png) <!-- .element: width="50%" -->');
    expect(asked).toEqual([['media/boom.png', 7]]);
    expect(html).toContain('<img src="/assets/boom.png" alt="Een boom" width="50%">');
  });

  test('resolves background images and videos, and the src of a video written as HTML', () => {
    const { html, asked } = resolved(
      '<!-- .slide: data-background-image="./media/lucht.jpg" -->\n## Lucht\n\n<!-- .slide: data-background-video="media/a.mp4, media/a.webm" -->\n\n<video src="media/film.mp4" controls></video>',
    );
    expect(asked.map(([path]) => path)).toEqual(['media/lucht.jpg', 'media/a.mp4', 'media/a.webm', 'media/film.mp4']);
    expect(html).toContain('data-background-image="/assets/lucht.jpg"');
    expect(html).toContain('data-background-video="/assets/a.mp4,/assets/a.webm"');
    expect(html).toContain('<video src="/assets/film.mp4" controls>');
  });

  test('tells a background colour from a background image in Reveal\'s short data-background', () => {
    const { html, asked } = resolved('<!-- .slide: data-background="#ff0000" -->\n--\n<!-- .slide: data-background="media/x.svg" -->');
    expect(asked.map(([path]) => path)).toEqual(['media/x.svg']);
    expect(html).toContain('data-background="#ff0000"');
  });

  test.each([
    ['![x](https://example.org/a.png)', /a file from the internet does not show: the deck runs offline and its page loads only its own files; save it in decks\/media\/ and write media\/<name>/],
    ['![x](/etc/a.png)', /write the path from the deck's folder, e.g. media\/foto\.jpg/],
    ['![x](../geheim.png)', /stays inside the decks folder/],
    ['![x](media/notities.txt)', /not a picture, video or sound file/],
    ['<!-- .slide: data-background-image="data:image/png;base64,AAAA" -->', /"data:" link/],
  ])('refuses %s', (markdown, problem) => {
    const error = errorOf(`Tekst\n\n${markdown}`);
    expect(error.line).toBe(7);
    expect(error.problem).toMatch(problem);
  });

  test('without a resolver keeps the path as written, for tools that read the deck as text', () => {
    expect(slide('![Een boom](media/boom.png)')).toContain('<img src="media/boom.png" alt="Een boom">');
  });
});

describe('parseDeck: Reveal\'s notes', () => {
  test('start at "Notes:" as well as "Note:"', () => {
    const parsed: ParsedDeck = parse('## Kop\n\nNotes:\nVertel het verhaal.');
    expect(parsed.stacks[1][0].html).toContain('<aside class="notes"><p>Vertel het verhaal.</p>');
  });
});
