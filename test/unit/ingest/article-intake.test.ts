import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { readArticle } from '../../../ingest/article/read-article.js';
import { IngestError, type IngestErrorCode } from '../../../ingest/errors.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const BODY = `<p>Sáng 12/3, Ủy ban MTTQ Việt Nam huyện Tân Phú tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, với sự tham dự của đại diện các xã, thị trấn trong huyện và các tổ chức thành viên.</p>
<p>Phát biểu tại hội nghị, ông Hà Văn Sơn, Chủ tịch Ủy ban MTTQ Việt Nam huyện đề nghị các xã tiếp tục nhân rộng các mô hình tự quản ở khu dân cư.</p>`;

function page(head: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function refusal(code: IngestErrorCode, run: () => unknown, message?: RegExp) {
  assert.throws(run, (e: unknown) => e instanceof IngestError && e.code === code && (!message || message.test(e.message)));
}

describe('taking an HTML page in', () => {
  const html = page(
    `<title>Tổng kết công tác Mặt trận | Cổng thông tin</title>
     <meta property="og:title" content="Tổng kết công tác Mặt trận năm 2024">
     <meta property="og:site_name" content="Cổng thông tin huyện Tân Phú">
     <meta property="article:published_time" content="2025-03-13T07:45:00+07:00">
     <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Lưu Thanh Tâm"}]}</script>
     <script>window.track = function () { document.body.innerHTML = 'hacked'; }; track();</script>
     <style>p { color: red }</style>`,
    `<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
     <div class="banner-ads"><a href="https://example.invalid">Khuyến mãi lớn: mua 1 tặng 1</a></div>
     <article><h1>Tổng kết công tác Mặt trận năm 2024</h1>${BODY}
       <p>Nội dung hiển thị: &lt;script&gt;alert(1)&lt;/script&gt; không phải mã.</p>
       <script>alert('inline');</script><iframe src="https://example.invalid/ad"></iframe></article>
     <aside class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Tin khác một</a></li><li><a href="/b">Tin khác hai</a></li></ul></aside>
     <footer>Bản quyền © Cổng thông tin huyện. Ghi rõ nguồn khi phát hành lại.</footer>`,
  );
  const article = readArticle(Buffer.from(html), { now: NOW });

  it('keeps the article body and leaves navigation, ads, related links, scripts and the footer behind', () => {
    assert.equal(article.format, 'html');
    assert.equal(article.text.split('\n')[0], 'Tổng kết công tác Mặt trận năm 2024');
    assert.match(article.text, /Sáng 12\/3, Ủy ban MTTQ Việt Nam huyện Tân Phú tổ chức hội nghị/);
    for (const gone of ['Trang chủ', 'Khuyến mãi', 'Tin liên quan', 'Bản quyền', 'track', 'hacked', 'inline', 'color']) assert.ok(!article.text.includes(gone), gone);
  });

  it('returns plain text: no markup survives, even markup written as text', () => {
    assert.ok(!/[<>]/.test(article.text), article.text);
    assert.match(article.text, /Nội dung hiển thị: alert\(1\) không phải mã\./);
  });

  it('reads the metadata from meta tags and JSON-LD', () => {
    assert.deepEqual(article.metadata, { title: 'Tổng kết công tác Mặt trận năm 2024', publisher: 'Cổng thông tin huyện Tân Phú', author: 'Lưu Thanh Tâm', publishedAt: '2025-03-13', updatedAt: null, pageDate: null });
  });

  it('reads the date from a <time> element when no meta tag gives it', () => {
    const a = readArticle(page('<title>Tin</title>', `<article><h1>Tin huyện</h1><time datetime="2024-11-02T09:00:00+07:00">02/11/2024</time>${BODY}</article>`), { now: NOW });
    assert.equal(a.metadata.publishedAt, '2024-11-02');
  });
});

/** Text as windows-1258 writes it: vowel letters precomposed (â, ơ, ư…), tone marks as combining characters after them. */
function cp1258Form(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\P{M})(\p{M}*)/gu, (_all, base: string, marks: string) => {
      const tones = [...marks].filter((m) => '\u0300\u0301\u0303\u0309\u0323'.includes(m)).join('');
      const others = [...marks].filter((m) => !tones.includes(m)).join('');
      return (base + others).normalize('NFC') + tones;
    });
}

describe('encodings', () => {
  const text = 'Hội nghị tổng kết công tác dân vận năm 2024 của huyện Phước Long được tổ chức sáng nay với nhiều đại biểu.';
  it('decodes windows-1258 when the page declares it', () => {
    const bytes = iconv.encode(cp1258Form(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>T</title></head><body><article><h1>Tin</h1><p>${text}</p><p>${text}</p></article></body></html>`), 'windows-1258');
    assert.ok(!bytes.includes(0x3f), 'every character is in windows-1258');
    const a = readArticle(bytes, { now: NOW });
    assert.equal(a.encoding, 'windows-1258');
    assert.match(a.text, /Hội nghị tổng kết công tác dân vận năm 2024 của huyện Phước Long/);
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${text}\n${text}`, 'utf16le')]);
    const a = readArticle(bytes, { now: NOW });
    assert.equal(a.encoding, 'utf-16le');
    assert.equal(a.text.split('\n')[0], text);
  });

  it('refuses an encoding it cannot read, by name', () => {
    refusal('UNKNOWN_ENCODING', () => readArticle(Buffer.from('<html><head><meta charset="shift_jis"></head><body><p>x</p></body></html>')), /"shift_jis"/);
    refusal('UNKNOWN_ENCODING', () => readArticle(Buffer.from([0x48, 0x6f, 0xe0, 0x20, 0x62, 0xec, 0x6e, 0x68])), /not valid UTF-8/);
  });
});

describe('bad input', () => {
  it('refuses an empty file and a file of spaces', () => {
    refusal('EMPTY', () => readArticle(Buffer.alloc(0)));
    refusal('EMPTY', () => readArticle(Buffer.from('  \n\t \n')));
  });

  it('refuses a binary file', () => {
    refusal('BINARY', () => readArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])));
  });

  it('refuses control, bidirectional formatting and unpaired surrogate characters in the article, saying which and where', () => {
    const errorOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        assert.ok(error instanceof IngestError, String(error));
        return [error.code, error.message];
      }
      return assert.fail('not refused');
    };
    assert.deepEqual(
      [
        errorOf(() => readArticle('Tin huyện\nMột dòng có\u001b[31m màu', { format: 'text' })),
        errorOf(() => readArticle('Tin huyện\nabc\u202Edcba\u202C', { format: 'text' })),
        errorOf(() => readArticle('Tin huyện\na\uD800', { format: 'text' })),
        errorOf(() => readArticle(page('<title>Tin</title>', `<article><h1>Tin</h1>${BODY.replace('hội nghị tổng kết', 'hội nghị\u2066 tổng kết')}</article>`))),
        errorOf(() => readArticle(page('<title>Tin\u202E</title>', `<article>${BODY}</article>`))),
      ],
      [
        ['NOT_TEXT', 'the text holds U+001B after "Tin huyện Một dòng có", a control character: it is not text'],
        ['NOT_TEXT', 'the text holds U+202E after "Tin huyện abc", a bidirectional formatting character: the text would display in another order than it reads'],
        ['NOT_TEXT', 'the text holds U+D800 after "Tin huyện a", half of a surrogate pair: it is not Unicode text'],
        ['NOT_TEXT', "the article's text holds U+2066 after \"Tân Phú tổ chức hội nghị\", a bidirectional formatting character: the text would display in another order than it reads"],
        ['NOT_TEXT', "the page's title holds U+202E after \"Tin\", a bidirectional formatting character: the text would display in another order than it reads"],
      ],
    );
    // Tab, vertical tab and form feed are how a word processor spaces and breaks lines: taken as such.
    assert.equal(readArticle('Tin huyện\nMột\tdòng\u000B\u000Cmới', { format: 'text' }).text, 'Tin huyện\nMột dòng\nmới');
  });

  it('refuses a file over the input limit and a text over the text limit', () => {
    refusal('TOO_LARGE', () => readArticle(Buffer.alloc(5 * 1024 * 1024 + 1, 0x61)), /at most 5242880/);
    refusal('TOO_LARGE', () => readArticle('Tin dài. '.repeat(12_000), { format: 'text' }), /at most 100000 are extracted/);
  });

  it('refuses a page without an article body', () => {
    refusal('NO_ARTICLE_BODY', () => readArticle(page('<title>Trang chủ</title>', '<nav><a href="/">Trang chủ</a> <a href="/a">Giới thiệu</a></nav><footer>Liên hệ</footer>')));
  });

  it('refuses an article dated in the future', () => {
    refusal('FUTURE_DATE', () => readArticle(page('<meta property="article:published_time" content="2025-06-02">', `<article><h1>Tin</h1>${BODY}</article>`), { now: NOW }), /2025-06-02 is in the future/);
    refusal('FUTURE_DATE', () => readArticle('Ngày đăng: 30/12/2025\nTin huyện\nNội dung tin.', { format: 'text', now: NOW }));
  });
});

describe('taking a plain-text article in', () => {
  it('reads the title, the publication and update dates, the page widget date and the byline from the page\'s own lines', () => {
    const a = readArticle('Trang chủ\nThứ Hai, 3/3/2025\nGiao ban công tác dân vận quý I năm 2025\n09:15 04/03/2025\nNội dung của bài viết ở đây, đủ dài để là một đoạn văn với nhiều chữ và nhiều câu khác nhau trong một đoạn.\nHồng Nhung\nTin khác', { format: 'text', now: NOW });
    assert.deepEqual(a.metadata, { title: 'Giao ban công tác dân vận quý I năm 2025', publisher: null, author: 'Hồng Nhung', publishedAt: '2025-03-04', updatedAt: null, pageDate: '2025-03-03' });
  });

  it('takes a site banner in capitals for the title only when no line in mixed case follows', () => {
    const body = '\nNội dung của bài viết ở đây, đủ dài để là một đoạn văn với nhiều chữ và nhiều câu khác nhau trong một đoạn.';
    assert.equal(readArticle(`CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG\nHôm nay: 02/10/2024\nHuyện ủy tổng kết công tác dân vận năm 2023${body}`, { format: 'text', now: NOW }).metadata.title, 'Huyện ủy tổng kết công tác dân vận năm 2023');
    assert.equal(readArticle(`TRIỂN KHAI NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM 2024${body}`, { format: 'text', now: NOW }).metadata.title, 'TRIỂN KHAI NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM 2024');
  });

  it('does not take a photo caption for the title', () => {
    const a = readArticle('(BTN) - Sáng nay 6.4, Ban Dân vận Thị ủy ký kết quy chế phối hợp với Đồn Biên phòng Bình Minh.\nLãnh đạo hai đơn vị ký kết quy chế phối hợp tại buổi lễ. Ảnh: THANH LAM\nNội dung của bài viết ở đây, đủ dài để là một đoạn văn với nhiều chữ và nhiều câu khác nhau trong một đoạn.', { format: 'text', now: NOW });
    assert.equal(a.metadata.title, null);
  });
});
