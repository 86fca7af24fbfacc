// The passphrase lock: with it on, every entry and the draft are sealed at rest and nothing of
// the journal is in the page until the passphrase is given; it locks on demand, on reload and
// when left alone; turning it on or off rewrites every record, and a change interrupted
// halfway (the tab closing) is finished at the next unlock without losing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pbkdf2Sync, createDecipheriv } from 'node:crypto';
import { withApp } from '../support/fixtures.mjs';
import { denseDecode, entryOf } from '../support/stored-form.mjs';
import { assertClean, waitForApp } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal, makeEntry, JournalPage, ENTRY_PREFIX, DRAFT_KEY } from '../support/journal-page.mjs';
import { BackupPage } from '../support/backup-page.mjs';
import { TherapistsPage, HomeworkPage } from '../support/homework-page.mjs';
import { headerLink, tourInPlace } from '../support/pages.mjs';

const app = withApp();

const LOCK_KEY = 'between.meta.lock';
const PASSPHRASE = 'marble kettle orchard';
const WRONG_PASSPHRASE = /^That passphrase doesn't open your journal\./;
const ON_TEXT = 'The lock is on. Your entries are encrypted in this browser.';

/** The "Lock with a passphrase" section of /backup, and the lock screen. */
class Lock {
  constructor(page) {
    this.page = page;
  }
  get panel() {
    return this.page.getByRole('region', { name: 'Lock with a passphrase' });
  }
  get newBox() {
    return this.panel.getByLabel('New passphrase', { exact: true });
  }
  get againBox() {
    return this.panel.getByLabel('The same passphrase again', { exact: true });
  }
  get idleSelect() {
    return this.panel.getByLabel('Lock by itself after');
  }
  get understood() {
    return this.panel.getByRole('checkbox', { name: "I understand a forgotten passphrase can't be recovered" });
  }
  get message() {
    return this.page.locator('#lock-message');
  }
  get turnOnButton() {
    return this.panel.locator('form button[type="submit"]');
  }
  get onText() {
    return this.panel.getByText(ON_TEXT);
  }
  get lockNowButton() {
    return this.panel.getByRole('button', { name: 'Lock now' });
  }
  get turnOffButton() {
    return this.panel.getByRole('button', { name: 'Turn off the lock' });
  }
  get panelAlert() {
    return this.panel.locator('[role="alert"]');
  }
  // ----- The lock screen -----
  get screen() {
    return this.page.getByRole('heading', { level: 1, name: 'Your journal is locked' });
  }
  get unlockBox() {
    return this.page.getByLabel('Passphrase', { exact: true });
  }
  get openButton() {
    return this.page.getByRole('button', { name: 'Open my journal' });
  }
  get unlockMessage() {
    return this.page.locator('#unlock-message');
  }

  /** Fills the form without submitting. */
  async fill(passphrase, { again = passphrase, tick = true, idle } = {}) {
    await this.newBox.fill(passphrase);
    await this.againBox.fill(again);
    if (idle !== undefined) await this.idleSelect.selectOption(String(idle));
    await this.understood.setChecked(tick);
  }

  /** Turns the lock on and waits until the panel says it is on. */
  async turnOn(passphrase = PASSPHRASE, options) {
    await this.fill(passphrase, options);
    await this.turnOnButton.click();
    await this.onText.waitFor({ timeout: 20_000 });
    // The panel says "on" as soon as the change starts; the record says when it has finished.
    await this.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').phase === 'on', LOCK_KEY, { timeout: 20_000 });
  }

  async turnOff() {
    await this.turnOffButton.click();
    await this.newBox.waitFor({ timeout: 20_000 });
  }

  /** Types a passphrase on the lock screen; returns 'open' or 'message'. */
  async unlock(passphrase = PASSPHRASE) {
    await this.unlockBox.fill(passphrase);
    await this.openButton.click();
    const message = this.unlockMessage.filter({ hasText: /\S/ });
    await this.page.locator('main#app-main').filter({ hasNot: this.screen }).or(message).first().waitFor({ timeout: 20_000 });
    return (await message.isVisible()) ? 'message' : 'open';
  }
}

async function openAll(options) {
  const opened = await openJournal(app, options);
  return { ...opened, backup: new BackupPage(opened.page, app.url), lock: new Lock(opened.page) };
}

/** Clicks "Show older entries" until every entry is shown. */
async function showAll(journal) {
  while (await journal.showOlderButton.isVisible()) {
    const before = await journal.entryItems.count();
    await journal.showOlder();
    await journal.page.waitForFunction((n) => document.querySelectorAll('li.entry').length > n, before);
  }
}

/** Entry records, parsed, keyed by storage key. */
async function entryRecords(journal) {
  const records = await journal.storedRecords();
  return Object.fromEntries(
    Object.entries(records)
      .filter(([k]) => k.startsWith(ENTRY_PREFIX))
      .map(([k, v]) => [k, JSON.parse(v)]),
  );
}

async function lockRecord(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), LOCK_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Opens a sealed `{ iv, ct }` (base64; AES-256-GCM, the tag at the end) with `key`; throws if it doesn't. */
function openSealed(key, { iv, ct }) {
  const bytes = Buffer.from(ct, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
}

/**
 * Searches everything a page can store for `key` (32 bytes): session and local storage, every
 * IndexedDB database (all stores, keys and values) and Cache Storage (every cached response's
 * bytes, URL and headers). Looks for the raw bytes, hex, base64, base64url and a list of
 * numbers; a CryptoKey kept in IndexedDB counts too. Returns where it was found and how much
 * was searched.
 */
async function searchStorageFor(page, key) {
  const b64 = key.toString('base64');
  const strings = [
    key.toString('latin1'),
    key.toString('hex'),
    key.toString('hex').toUpperCase(),
    b64,
    b64.replace(/=+$/, ''),
    key.toString('base64url'),
    key.toString('base64url') + '='.repeat((4 - (key.toString('base64url').length % 4)) % 4),
    [...key].join(','),
  ];
  return page.evaluate(
    async ({ strings, raw }) => {
      const found = [];
      const scanned = { sessionStorage: 0, localStorage: 0, indexedDB: [], caches: 0 };
      const needle = Uint8Array.from(atob(raw), (c) => c.charCodeAt(0));
      const hasBytes = (bytes) => {
        outer: for (let i = bytes.indexOf(needle[0]); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(needle[0], i + 1)) {
          for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
          return true;
        }
        return false;
      };
      const latin1 = (bytes) => {
        let out = '';
        for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return out;
      };
      const checkString = (text, where) => {
        strings.forEach((s, i) => text.includes(s) && found.push(`${where} (form ${i})`));
      };
      const checkBytes = (bytes, where) => {
        if (hasBytes(bytes)) found.push(`${where} (raw bytes)`);
        checkString(latin1(bytes), where);
      };
      // Any structured-cloned value: strings, byte buffers, objects, arrays, maps, sets, blobs.
      const checkValue = async (value, where, depth = 0) => {
        if (value == null || depth > 20) return;
        if (typeof value === 'string') return checkString(value, where);
        if (typeof value !== 'object') return checkString(String(value), where);
        if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) return void found.push(`${where} (a CryptoKey)`);
        if (value instanceof ArrayBuffer) return checkBytes(new Uint8Array(value), where);
        if (ArrayBuffer.isView(value)) return checkBytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), where);
        if (value instanceof Blob) return checkBytes(new Uint8Array(await value.arrayBuffer()), where);
        const items = value instanceof Map ? [...value.entries()].flat() : value instanceof Set ? [...value] : Object.entries(value).flat();
        for (const item of items) await checkValue(item, where, depth + 1);
      };
      for (const [name, store] of [['sessionStorage', sessionStorage], ['localStorage', localStorage]]) {
        for (let i = 0; i < store.length; i++) {
          const k = store.key(i);
          checkString(k, `${name} key ${k}`);
          checkString(store.getItem(k) ?? '', `${name}[${k}]`);
          scanned[name] += 1;
        }
      }
      for (const { name, version } of await indexedDB.databases()) {
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open(name, version);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const storeNames = [...db.objectStoreNames];
        scanned.indexedDB.push(`${name}: ${storeNames.join(', ')}`);
        for (const storeName of storeNames) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const all = (method) =>
            new Promise((resolve, reject) => {
              const req = store[method]();
              req.onsuccess = () => resolve(req.result);
              req.onerror = () => reject(req.error);
            });
          const [keys, values] = [await all('getAllKeys'), await all('getAll')];
          await checkValue(keys, `IndexedDB ${name}/${storeName} keys`);
          await checkValue(values, `IndexedDB ${name}/${storeName} values`);
        }
        db.close();
      }
      for (const cacheName of await caches.keys()) {
        checkString(cacheName, `cache name ${cacheName}`);
        const cache = await caches.open(cacheName);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const where = `Cache Storage ${cacheName} ${request.url}`;
          checkString(request.url, where);
          checkString(JSON.stringify([...response.headers]), `${where} headers`);
          checkBytes(new Uint8Array(await response.arrayBuffer()), where);
          scanned.caches += 1;
        }
      }
      return { found, scanned };
    },
    { strings, raw: b64 },
  );
}

// Sealed since version 3: `{"v":3,"rev":N,"s":"<IV and ciphertext, dense>"}`, nothing else.
function isSealed(record) {
  return (
    record.v === 3 &&
    Number.isInteger(record.rev) &&
    typeof record.s === 'string' &&
    denseDecode(record.s).length > 12 + 16 &&
    Object.keys(record).length === 3
  );
}

// Plain: the record text itself, or packed (`z`), readable without any key.
function isPlain(record, key) {
  try {
    const entry = entryOf(JSON.stringify(record));
    return [1, 2, 3].includes(record.v) && key === ENTRY_PREFIX + entry.id && typeof entry.text === 'string' && !('s' in record);
  } catch {
    return false;
  }
}

function countKinds(records) {
  const keys = Object.keys(records);
  return {
    sealed: keys.filter((k) => isSealed(records[k], k)).length,
    plain: keys.filter((k) => isPlain(records[k], k)).length,
    total: keys.length,
  };
}

/** `n` plain entries, a minute apart, oldest first. */
function seedEntries(n, word = 'Seeded') {
  const start = Date.now() - (n + 5) * 60_000;
  return Array.from({ length: n }, (_, i) =>
    makeEntry({ kind: ['win', 'concern', 'reflection'][i % 3], text: `${word} entry number ${i + 1}.`, created_at: new Date(start + i * 60_000) }),
  );
}

/**
 * Wraps Storage.prototype.setItem in the page so that, once the lock record has been written
 * with `phase`, `allowed` further entry writes succeed and every later one throws, as if the
 * tab had closed halfway. A reload or a new page drops the trap.
 */
async function trapEntryWrites(page, { phase, allowed }) {
  await page.evaluate(
    ([lockKey, prefix, phase, allowed]) => {
      const real = Storage.prototype.setItem;
      const trap = (window.__lockTrap = { armed: false, written: 0, refused: 0 });
      Storage.prototype.setItem = function (key, value) {
        if (key === lockKey && JSON.parse(value).phase === phase) trap.armed = true;
        if (trap.armed && String(key).startsWith(prefix)) {
          if (trap.written >= allowed) {
            trap.refused++;
            throw new Error('simulated crash');
          }
          trap.written++;
        }
        return real.call(this, key, value);
      };
    },
    [LOCK_KEY, ENTRY_PREFIX, phase, allowed],
  );
}

// ------------------------------------------------------------------------------------------

test('turning the lock on encrypts every entry at rest and the journal still reads the same', async () => {
  const { journal, backup, lock, page, guards } = await openAll();
  await journal.goto();
  await journal.write('win', 'Made marmalade with the last oranges.');
  await journal.write('concern', 'The landlord still has not fixed the boiler.');
  await journal.write('reflection', 'Slower mornings suit me.');
  const texts = await journal.entryTexts();
  assert.equal(texts.length, 3);

  await backup.openFromHeader();
  // Every state the button passes through, recorded in the page so a short one is not missed.
  await lock.turnOnButton.evaluate((button) => {
    const seen = (window.__lockButtonStates = []);
    const note = () => seen.push({ text: button.textContent.trim(), disabled: button.disabled });
    note();
    new MutationObserver(note).observe(button, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await lock.turnOn();
  const states = await page.evaluate(() => window.__lockButtonStates);
  assert.ok(
    states.some((s) => s.text === 'Encrypting your journal…' && s.disabled),
    `the button says "Encrypting your journal…" and is disabled while busy: ${JSON.stringify(states)}`,
  );
  const records = await journal.storedRecords();
  for (const [key, raw] of Object.entries(records)) {
    assert.ok(!raw.includes('marmalade'), `${key} has no plaintext: ${raw.slice(0, 120)}`);
    assert.ok(!raw.includes(PASSPHRASE), `${key} does not hold the passphrase`);
  }
  const sealed = await entryRecords(journal);
  assert.deepEqual(countKinds(sealed), { sealed: 3, plain: 0, total: 3 }, JSON.stringify(sealed));
  const meta = await lockRecord(page);
  assert.equal(meta.v, 3);
  assert.equal(meta.phase, 'on');
  assert.equal(meta.iterations, 600000);
  assert.equal(meta.idle_minutes, 15);
  assert.equal(Buffer.from(meta.salt, 'base64').length >= 16, true);
  assert.ok(meta.check?.iv && meta.check?.ct);

  await backup.backToJournal();
  assert.deepEqual(await journal.entryTexts(), texts, 'the journal reads the same while unlocked');

  await page.reload();
  await waitForApp(page);
  await lock.screen.waitFor();
  assert.ok(!(await page.content()).includes('marmalade'), 'no entry text in the DOM while locked');
  assert.equal(await journal.entryItems.count(), 0);
  assert.equal(await journal.textBox.count(), 0, 'no composer while locked');
  assert.equal(await lock.unlockBox.getAttribute('type'), 'password');

  assert.equal(await lock.unlock('Marble kettle orchard'), 'message', 'passphrases are case-sensitive');
  assert.match((await lock.unlockMessage.textContent()).trim(), WRONG_PASSPHRASE);
  assert.equal(await lock.unlockMessage.getAttribute('role'), 'alert');
  assert.ok(!(await page.content()).includes('marmalade'));

  assert.equal(await lock.unlock(), 'open');
  await journal.textBox.waitFor();
  assert.deepEqual(await journal.entryTexts(), texts, 'the right passphrase brings every entry back');

  await journal.write('win', 'Quince jelly set on the first try.');
  const after = await entryRecords(journal);
  assert.deepEqual(countKinds(after), { sealed: 4, plain: 0, total: 4 }, 'a new entry is stored sealed');
  assert.ok(!JSON.stringify(await journal.storedRecords()).includes('Quince'));
  assertClean(guards);
});

test('the draft is sealed too, and comes back after unlocking', async () => {
  const { journal, backup, lock, page, guards } = await openAll();
  await journal.seed(seedEntries(2));
  await backup.goto();
  await lock.turnOn();
  await backup.backToJournal();

  const draftText = 'Half a thought about the allotment committee';
  await journal.compose('concern', draftText);
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"s":"'), DRAFT_KEY);
  const raw = await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY);
  const draft = JSON.parse(raw);
  assert.equal(draft.v, 3);
  assert.ok(denseDecode(draft.s).length > 28, raw);
  assert.ok(!raw.includes('allotment'), `the draft is not readable at rest: ${raw}`);

  await page.reload();
  await waitForApp(page);
  await lock.screen.waitFor();
  assert.ok(!(await page.content()).includes('allotment'));
  assert.equal(await lock.unlock(), 'open');
  await journal.textBox.waitFor();
  await page.waitForFunction((t) => document.querySelector('#entry-text')?.value === t, draftText);
  assert.equal((await journal.composerState()).kind, 'concern');
  assertClean(guards);
});

test('"Lock now" hides everything and the passphrase brings it back; weak or unticked passphrases are refused', async () => {
  const { journal, backup, lock, page, guards } = await openAll();
  const entries = seedEntries(3, 'Lighthouse');
  await journal.seed(entries);
  await backup.goto();
  const before = await journal.storedRecords();

  const refusals = [
    ['short', ['seven77', {}], 'Please choose a passphrase of at least 8 characters. A few unrelated words work well.'],
    ['mismatched', [PASSPHRASE, { again: 'marble kettle orchid' }], 'The two passphrases are not the same yet. Could you type them again?'],
    ['unticked', [PASSPHRASE, { tick: false }], "Please tick the box to say you understand a forgotten passphrase can't be recovered."],
  ];
  for (const [what, [passphrase, options], expected] of refusals) {
    await lock.fill(passphrase, options);
    await lock.turnOnButton.click();
    await lock.message.filter({ hasText: expected }).waitFor();
    assert.equal(await lock.message.getAttribute('role'), 'alert', what);
    assert.equal(await lock.onText.count(), 0, `${what}: the lock stays off`);
  }
  await page.waitForTimeout(1000); // longer than any key derivation
  assert.deepEqual(await journal.storedRecords(), before, 'nothing was written by a refusal');

  await lock.turnOn();
  assert.equal((await lock.message.count()), 0, 'the form (and its message) is gone once on');
  await lock.lockNowButton.click();
  await lock.screen.waitFor();
  const html = await page.content();
  for (const e of entries) assert.ok(!html.includes(e.text), `"${e.text}" is not in the DOM while locked`);
  assert.ok(!html.includes('Lighthouse'));
  assert.equal(await journal.entryItems.count(), 0);

  // The header's journal link still leads only to the lock screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal', exact: true }).click();
  await lock.screen.waitFor();
  assert.ok(!(await page.content()).includes('Lighthouse'));

  await lock.openButton.click();
  await lock.unlockMessage.filter({ hasText: 'Please type your passphrase.' }).waitFor();

  assert.equal(await lock.unlock(), 'open');
  await journal.textBox.waitFor();
  assert.deepEqual((await journal.entryTexts()).sort(), entries.map((e) => e.text).sort());
  assertClean(guards);
});

test('moving between pages in place keeps the journal open; a reload or a new tab asks again, and "Lock now" locks every page', async () => {
  const { journal, backup, lock, page, guards, context } = await openAll();
  const entries = seedEntries(2, 'Harbour');
  await journal.seed(entries);
  await backup.goto();
  await lock.turnOn();
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), [], 'nothing is kept in the tab, not even for a moment');

  // The journal opens in place without asking again.
  await journal.openInPlace('/', () => headerLink(page, 'Journal').click());
  assert.deepEqual((await journal.entryTexts()).sort(), entries.map((e) => e.text).sort());

  // A new tab asks for the passphrase.
  const other = await context.newPage();
  await other.goto(app.url + '/');
  await waitForApp(other);
  await new Lock(other).screen.waitFor();
  assert.ok(!(await other.content()).includes('Harbour'));
  await other.close();

  // So does a reload of this one.
  await page.reload();
  await waitForApp(page);
  await lock.screen.waitFor();
  assert.ok(!(await page.content()).includes('Harbour'));
  assert.equal(await lock.unlock(), 'open');
  await journal.textBox.waitFor();

  // "Lock now" (in the header on every page) locks at once, and no page opens without the passphrase.
  await page.getByRole('banner').getByRole('button', { name: 'Lock now' }).click();
  await lock.screen.waitFor();
  await headerLink(page, 'Backup').click();
  await page.waitForURL((url) => url.pathname === '/backup');
  await lock.screen.waitFor();
  assert.equal(await backup.heading.count(), 0);
  await page.goto(app.url + '/backup');
  await waitForApp(page);
  await lock.screen.waitFor();
  assert.ok(!(await page.content()).includes('Harbour'));
  assertClean(guards);
});

test("the lock's key lives only in memory: every page opens in place without asking, a reload asks, and the key is in no storage", async () => {
  const { journal, backup, lock, page, guards } = await openAll();
  const entries = seedEntries(3, 'Lantern');
  await journal.seed(entries);
  // Accepted homework, so the journal links to /homework too.
  const therapists = new TherapistsPage(page, app.url);
  await therapists.goto();
  await therapists.compose({ title: 'Evening notes', library: [['After a session', 'What would you like to carry into the days until the next one?']] });
  const link = await therapists.link();
  const homework = new HomeworkPage(page, app.url);
  await homework.open(link);
  await homework.acceptButton.click();
  await homework.result.waitFor();

  // Typed decomposed (e + combining acute): the key is derived from the NFC form.
  const passphrase = 'cafe\u0301 lantern orchard';
  assert.notEqual(passphrase, passphrase.normalize('NFC'));
  await backup.goto();
  await lock.turnOn(passphrase);
  await page.reload();
  await waitForApp(page);
  await lock.screen.waitFor();
  assert.equal(await lock.unlock(passphrase), 'open');
  await backup.heading.waitFor(); // back where it was

  const visited = await tourInPlace(page, {
    homework: true,
    onEach: async (shown) => assert.equal(await lock.screen.count(), 0, `${shown.path} opens without asking again`),
  });
  assert.deepEqual(
    [...new Set(visited)].sort(),
    ['/', '/about', '/backup', '/check-in', '/for-therapists', '/goals', '/homework', '/prompts', '/summary'],
    'every page was visited in place',
  );
  assert.deepEqual((await journal.entryTexts()).sort(), entries.map((e) => e.text).sort());

  // The key, derived here as the app derives it; it opens the lock's check value, so it is the real one.
  const meta = await lockRecord(page);
  assert.equal(meta.iterations, 600000);
  const key = pbkdf2Sync(Buffer.from(passphrase.normalize('NFC'), 'utf8'), Buffer.from(meta.salt, 'base64'), 600_000, 32, 'sha256');
  assert.equal(openSealed(key, meta.check), 'between-lock-check', 'the derived key opens the check value');
  assert.throws(
    () => openSealed(pbkdf2Sync(Buffer.from(passphrase, 'utf8'), Buffer.from(meta.salt, 'base64'), 600_000, 32, 'sha256'), meta.check),
    'the passphrase is normalised (NFC) before deriving',
  );
  // Each sealed entry opens with that key as docs/storage-format.md says: IV then ciphertext,
  // held densely; inside, the record text packed.
  const openDense = (bytes) => {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]);
  };
  const stored = await journal.storedRecords();
  const opened = Object.entries(stored)
    .filter(([k]) => k.startsWith(ENTRY_PREFIX))
    .map(([k, raw]) => [k, entryOf(raw, openDense)]);
  assert.deepEqual(opened.map(([, e]) => e.text).sort(), entries.map((e) => e.text).sort());
  assert.ok(opened.every(([k, e]) => k === ENTRY_PREFIX + e.id));

  const open = await searchStorageFor(page, key);
  assert.deepEqual(open.found, [], "the key's bytes are in no storage while the journal is open");
  assert.ok(open.scanned.caches > 0, `Cache Storage was searched (the app's own files): ${JSON.stringify(open.scanned)}`);

  await page.reload();
  await waitForApp(page);
  await lock.screen.waitFor();
  assert.ok(!(await page.content()).includes('Lantern'), 'a reload asks again');
  const locked = await searchStorageFor(page, key);
  assert.deepEqual(locked.found, [], "the key's bytes are in no storage after a reload");
  assertClean(guards);
});

test('turning the lock off stores everything readable again', async () => {
  const { journal, backup, lock, page, guards } = await openAll();
  const entries = seedEntries(4, 'Hedgerow');
  await journal.seed(entries);
  await backup.goto();
  await lock.turnOn();
  assert.equal(countKinds(await entryRecords(journal)).sealed, 4);
  await backup.backToJournal();
  await journal.compose('win', 'A draft while locked');
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"s":"'), DRAFT_KEY);

  await backup.openFromHeader();
  await lock.turnOff();
  const records = await entryRecords(journal);
  assert.deepEqual(countKinds(records), { sealed: 0, plain: 4, total: 4 }, JSON.stringify(records));
  for (const [, r] of Object.entries(records)) assert.ok(r.v === 3 && (r.entry || r.z) && !('s' in r), JSON.stringify(r));
  assert.equal(await lockRecord(page), null, 'no lock record');
  const draft = await journal.storedDraft();
  assert.ok(draft && !('s' in draft), `the draft is plain again: ${JSON.stringify(draft)}`);
  assert.ok(JSON.stringify(draft).includes('A draft while locked'));

  await journal.goto('/'); // a fresh load of the journal
  assert.equal(await lock.screen.count(), 0, 'no lock screen');
  assert.deepEqual((await journal.entryTexts()).sort(), entries.map((e) => e.text).sort());
  assert.equal((await journal.composerState()).text, 'A draft while locked');
  assertClean(guards);
});

test('an interrupted turn-on finishes at the next unlock, losing nothing', async () => {
  const { journal, backup, lock, page, guards, context } = await openAll();
  const entries = seedEntries(40, 'Orchard');
  await journal.seed(entries);
  await backup.goto();

  await trapEntryWrites(page, { phase: 'enabling', allowed: 10 });
  await lock.fill(PASSPHRASE);
  await lock.turnOnButton.click(); // never finishes: the tab "closes" halfway
  await page.waitForFunction(() => window.__lockTrap?.refused > 0, null, { timeout: 20_000 });
  assert.equal((await lockRecord(page)).phase, 'enabling');
  const halfway = countKinds(await entryRecords(journal));
  assert.equal(halfway.total, 40);
  assert.ok(halfway.sealed >= 1 && halfway.plain >= 1, `storage held a mix while interrupted: ${JSON.stringify(halfway)}`);
  assert.equal(halfway.sealed, 10);
  assertClean(guards);

  // A fresh tab, without the trap.
  const fresh = await context.newPage();
  const freshErrors = [];
  fresh.on('pageerror', (e) => freshErrors.push(String(e)));
  fresh.on('console', (m) => m.type() === 'error' && freshErrors.push(m.text()));
  await page.close();
  const freshJournal = new JournalPage(fresh, app.url);
  const freshLock = new Lock(fresh);
  await fresh.goto(app.url + '/');
  await waitForApp(fresh);
  await freshLock.screen.waitFor();
  assert.equal(await freshLock.unlock(), 'open');
  await freshJournal.textBox.waitFor();
  await fresh.waitForFunction((k) => localStorage.getItem(k)?.includes('"phase":"on"'), LOCK_KEY, { timeout: 20_000 });
  assert.deepEqual(countKinds(await entryRecords(freshJournal)), { sealed: 40, plain: 0, total: 40 });
  await showAll(freshJournal);
  assert.deepEqual((await freshJournal.entryTexts()).sort(), entries.map((e) => e.text).sort(), 'all 40 entries show');
  assert.deepEqual(freshErrors, [], 'the fresh tab threw or logged nothing');
  assertClean(guards);
});

test('an interrupted turn-off finishes at the next unlock', async () => {
  const { journal, backup, lock, page, guards } = await openAll();
  const entries = seedEntries(20, 'Meadow');
  await journal.seed(entries);
  await backup.goto();
  await lock.turnOn();
  assert.equal(countKinds(await entryRecords(journal)).sealed, 20);

  await trapEntryWrites(page, { phase: 'disabling', allowed: 5 });
  await lock.turnOffButton.click();
  await page.waitForFunction(() => window.__lockTrap?.refused > 0, null, { timeout: 20_000 });
  assert.equal((await lockRecord(page)).phase, 'disabling');
  const halfway = countKinds(await entryRecords(journal));
  assert.deepEqual(halfway, { sealed: 15, plain: 5, total: 20 }, 'storage held a mix while interrupted');

  await page.reload(); // drops the trap
  await waitForApp(page);
  await lock.screen.waitFor();
  assert.ok(!(await page.content()).includes('Meadow'), 'still locked while half turned off');
  assert.equal(await lock.unlock(), 'open');
  await backup.heading.waitFor(); // back where it was: /backup
  await page.waitForFunction((k) => localStorage.getItem(k) === null, LOCK_KEY, { timeout: 20_000 });
  await backup.backToJournal();
  assert.deepEqual(countKinds(await entryRecords(journal)), { sealed: 0, plain: 20, total: 20 });
  await showAll(journal);
  assert.deepEqual((await journal.entryTexts()).sort(), entries.map((e) => e.text).sort(), 'all 20 entries show');
  assertClean(guards);
});

test('the journal locks itself after the chosen minutes without activity', async () => {
  const { journal, backup, lock, page, guards } = await openAll();
  await journal.seed(seedEntries(2, 'Tidepool'));
  await page.clock.install();
  await backup.goto();
  await lock.turnOn(PASSPHRASE, { idle: 5 });
  assert.equal((await lockRecord(page)).idle_minutes, 5);
  await backup.backToJournal();
  assert.equal(await journal.entryItems.count(), 2);

  // Four minutes: still open.
  await page.clock.runFor('04:00');
  assert.equal(await lock.screen.count(), 0, 'not locked before the idle time');
  // Activity resets the count.
  await journal.textBox.click();
  await page.clock.runFor('04:00');
  assert.equal(await lock.screen.count(), 0, 'a click counts as activity');

  await page.clock.runFor('05:30');
  await lock.screen.waitFor({ timeout: 5_000 });
  assert.ok(!(await page.content()).includes('Tidepool'), 'nothing of the journal is left in the page');
  assert.equal(await lock.unlock(), 'open');
  await journal.textBox.waitFor();
  assert.equal(await journal.entryItems.count(), 2);
  assertClean(guards);
});

test('the lock screen and the lock panel have no serious accessibility problems', async () => {
  const { journal, backup, lock, page, guards } = await openAll();
  await journal.seed(seedEntries(2));
  await backup.goto();
  await assertNoSeriousA11yViolations(page, '/backup with the lock off');
  await lock.fill('short');
  await lock.turnOnButton.click();
  await lock.message.filter({ hasText: /\S/ }).waitFor();
  await assertNoSeriousA11yViolations(page, '/backup with a lock refusal');

  await lock.turnOn();
  await assertNoSeriousA11yViolations(page, '/backup with the lock on');

  await lock.lockNowButton.click();
  await lock.screen.waitFor();
  await assertNoSeriousA11yViolations(page, 'the lock screen');
  assert.equal(await lock.unlock('not the passphrase'), 'message');
  await assertNoSeriousA11yViolations(page, 'the lock screen with a wrong passphrase');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
  await assertNoSeriousA11yViolations(page, 'the dark lock screen');
  assertClean(guards);
});
