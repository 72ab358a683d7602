import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { IngestError } from '../errors.js';
import { ARTICLE_LIMITS } from './limits.js';
import { EMPTY_METADATA, type ArticleMetadata } from './metadata.js';
import { htmlMetadata } from './html-metadata.js';

/**
 * A saved news page → its article's plain text and metadata. The page is parsed
 * by linkedom (a DOM without a script engine: nothing in the page runs), its
 * scripts, styles, frames and forms removed, then Mozilla's Readability (the
 * Firefox Reader View) picks the main content, leaving navigation, ads and
 * related-news boxes behind. The content is turned into text block by block
 * (a paragraph, heading, list item or caption is a line); no markup survives.
 */
/**
 * The parser and Readability, loaded when the first page is read: a server
 * that only answers queries never holds them (about 5 MB of heap, which its
 * garbage collector would walk for nothing). Both ship CommonJS builds.
 */
let libraries: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHtml } | undefined;
function htmlLibraries(): NonNullable<typeof libraries> {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
      parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    };
  }
  return libraries;
}

const REMOVED = 'script, style, noscript, template, iframe, object, embed, form, input, button, select, textarea, svg, canvas';
const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'FIGURE', 'DD', 'DT']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function blockText(root: DomNode): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim() !== '') out.push(line.trim());
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName === 'BR') return flush();
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.join('\n');
}

export interface HtmlArticle {
  text: string;
  metadata: ArticleMetadata;
}

export function readHtmlArticle(html: string): HtmlArticle {
  const { Readability, parseHTML } = htmlLibraries();
  const { document } = parseHTML(html);
  // Metadata first: JSON-LD sits in script elements, read as data before every script is removed.
  const metadata = { ...EMPTY_METADATA, ...htmlMetadata(document, html) };
  for (const el of [...document.querySelectorAll(REMOVED)]) el.remove();
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: ARTICLE_LIMITS.minBodyChars }).parse();
  if (!parsed || !parsed.content) throw new IngestError('NO_ARTICLE_BODY', 'the page has no article body (no block of running text was found)');
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const body = blockText(content.body as unknown as DomNode);
  if (body.replace(/\s+/g, '').length < ARTICLE_LIMITS.minBodyChars / 2) throw new IngestError('NO_ARTICLE_BODY', 'the page has no article body (its main content is too short to be an article)');
  if (!metadata.title && parsed.title) metadata.title = parsed.title.trim();
  if (!metadata.author && parsed.byline) metadata.author = parsed.byline.trim();
  if (!metadata.publisher && parsed.siteName) metadata.publisher = parsed.siteName.trim();
  const title = metadata.title;
  const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return { text, metadata };
}
