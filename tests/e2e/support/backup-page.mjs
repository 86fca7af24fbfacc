// Page object for "Backup & storage" (/backup): the health panel, downloading a backup
// (plain or encrypted) and bringing one back. Specs talk about files, passphrases and
// previews; this file knows which sections, labels and messages those are.
import { pbkdf2Sync, randomBytes, createCipheriv, createDecipheriv } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { waitForApp } from './browser.mjs';

export const LAST_BACKUP_KEY = 'between.meta.last-backup';

/** "YYYY-MM-DD" in the page's own timezone (the date a backup file is named after). */
export async function pageLocalDate(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/** A file for `chooseFile`, made in memory. */
export function jsonFile(contents, name = 'between-backup.json') {
  const text = typeof contents === 'string' ? contents : JSON.stringify(contents, null, 2);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

export class BackupPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  // ----- Places on the page ------------------------------------------------------------

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Backup & storage' });
  }
  get health() {
    return this.page.getByRole('region', { name: 'How this browser keeps your journal' });
  }
  get healthLines() {
    return this.health.locator('ul.health-list > li');
  }
  /** The "install Between" advice under the health list: its lead-in and its steps. */
  get installSteps() {
    return this.health.locator('.install-steps');
  }
  get persistButton() {
    return this.health.getByRole('button', { name: "Ask the browser to keep Between's data" });
  }
  get reminder() {
    return this.health.locator('.notice');
  }
  get exportSection() {
    return this.page.getByRole('region', { name: 'Keep a copy of your journal' });
  }
  get downloadButton() {
    return this.exportSection.getByRole('button', { name: 'Download a backup', exact: true });
  }
  get passphraseBox() {
    return this.exportSection.getByLabel('Passphrase', { exact: true });
  }
  get passphraseAgainBox() {
    return this.exportSection.getByLabel('The same passphrase again', { exact: true });
  }
  get encryptedButton() {
    return this.exportSection.locator('form button[type="submit"]');
  }
  get exportMessage() {
    return this.page.locator('#export-message');
  }
  get importSection() {
    return this.page.getByRole('region', { name: 'Bring back a backup' });
  }
  get fileInput() {
    return this.importSection.getByLabel('Choose a backup file');
  }
  get unlockBox() {
    return this.importSection.getByLabel('Passphrase for this backup');
  }
  get openBackupButton() {
    return this.importSection.getByRole('button', { name: 'Open backup' });
  }
  get preview() {
    return this.importSection.getByRole('region', { name: 'What this backup will change' });
  }
  get importButton() {
    return this.preview.getByRole('button', { name: 'Import', exact: true });
  }
  get previewCancelButton() {
    return this.preview.getByRole('button', { name: 'Cancel', exact: true });
  }
  get doneButton() {
    return this.preview.getByRole('button', { name: 'Done', exact: true });
  }
  get importMessage() {
    return this.importSection.locator('p[role="alert"]');
  }
  get importNotice() {
    return this.importSection.locator('.notice');
  }

  // ----- Navigation --------------------------------------------------------------------

  /** Opens /backup directly and waits until the page and its health report have rendered. */
  async goto() {
    await this.page.goto(this.baseUrl + '/backup');
    await this.ready();
  }

  /** Follows the header's "Backup" link (no reload: the journal in memory stays). */
  async openFromHeader() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backup', exact: true }).click();
    await this.ready();
  }

  /** Follows the header's "Journal" link back to the journal. */
  async backToJournal() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal', exact: true }).click();
    await this.page.locator('#entry-text').waitFor({ state: 'visible' });
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  async ready() {
    await waitForApp(this.page);
    await this.heading.waitFor();
    // The usage line is filled in once the browser has answered (asynchronously).
    await this.healthLines.filter({ hasText: /(About|Less than) .* in use|doesn't say how much/ }).waitFor();
  }

  // ----- Health ------------------------------------------------------------------------

  /** The lines of the health list, as text. */
  async healthTexts() {
    return (await this.healthLines.allTextContents()).map((t) => t.trim());
  }

  // ----- Downloading -------------------------------------------------------------------

  /** Clicks "Download a backup"; returns the file's suggested name, text and parsed JSON. */
  async downloadPlain() {
    return this.#download(() => this.downloadButton.click());
  }

  /** Fills both passphrase boxes (without submitting). */
  async fillPassphrases(passphrase, again = passphrase) {
    await this.passphraseBox.fill(passphrase);
    await this.passphraseAgainBox.fill(again);
  }

  /** Fills both passphrase boxes and downloads an encrypted backup. */
  async downloadEncrypted(passphrase, { again = passphrase } = {}) {
    await this.fillPassphrases(passphrase, again);
    return this.#download(() => this.encryptedButton.click());
  }

  async #download(action) {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 15_000 }), action()]);
    const failure = await download.failure();
    if (failure) throw new Error(`The download failed: ${failure}`);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    return { name: download.suggestedFilename(), text, json: JSON.parse(text), path };
  }

  /**
   * Records, inside the page, every state the encrypted-download button passes through from
   * now on (text and disabled), so a busy state of a few milliseconds is never missed.
   * Returns a function that reads the states seen so far.
   */
  async watchEncryptButton() {
    await this.encryptedButton.evaluate((button) => {
      const seen = (window.__betweenButtonStates = []);
      const note = () => seen.push({ text: button.textContent.trim(), disabled: button.disabled });
      note();
      new MutationObserver(note).observe(button, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    return () => this.page.evaluate(() => window.__betweenButtonStates);
  }

  /** Counts downloads that start from now on (to prove none did). */
  watchDownloads() {
    const seen = [];
    this.page.on('download', (d) => seen.push(d.suggestedFilename()));
    return seen;
  }

  // ----- Importing ---------------------------------------------------------------------

  /**
   * Picks a file (a path or `{ name, mimeType, buffer }`) and waits for what the app does:
   * the preview, the passphrase question, or a message. Returns which one.
   */
  async chooseFile(file) {
    await this.fileInput.setInputFiles(file);
    return this.#outcome();
  }

  /**
   * Types the passphrase of an encrypted file and presses "Open backup"; returns 'preview' or
   * 'message'. A message already on screen (an earlier wrong try) stays until the new try is
   * decided, so then only the preview, a different message, or a few quiet seconds decide.
   */
  async unlock(passphrase) {
    const before = ((await this.importMessage.textContent()) ?? '').trim();
    await this.unlockBox.fill(passphrase);
    await this.openBackupButton.click();
    if (!before) return this.#outcome({ afterUnlock: true });
    const changed = this.importMessage.filter({ hasNotText: before });
    await this.preview.or(changed.filter({ hasText: /\S/ })).first().waitFor({ timeout: 4_000 }).catch(() => {});
    return (await this.preview.isVisible()) ? 'preview' : 'message';
  }

  async #outcome({ afterUnlock = false } = {}) {
    const message = this.importMessage.filter({ hasText: /\S/ });
    const unlock = afterUnlock ? message : this.unlockBox.or(message);
    await this.preview.or(unlock).first().waitFor({ timeout: 15_000 });
    if (await this.preview.isVisible()) return 'preview';
    if (await message.isVisible()) return 'message';
    return 'unlock';
  }

  /** The sentences of the open preview. */
  async previewLines() {
    return (await this.preview.locator('li').allTextContents()).map((t) => t.trim());
  }

  /** The buttons the preview offers, by name. */
  async previewButtons() {
    return (await this.preview.getByRole('button').allTextContents()).map((t) => t.trim());
  }

  /** Presses "Import" and waits for the notice; returns its text. */
  async confirmImport() {
    await this.importButton.click();
    await this.preview.waitFor({ state: 'detached' });
    await this.importNotice.waitFor();
    return (await this.importNotice.textContent()).trim();
  }

  /** Imports a file that needs no passphrase; returns the preview lines and the notice. */
  async importFile(file) {
    const outcome = await this.chooseFile(file);
    if (outcome !== 'preview') {
      throw new Error(`Expected a preview, got ${outcome}: ${await this.importMessage.textContent()}`);
    }
    const lines = await this.previewLines();
    const notice = await this.confirmImport();
    return { lines, notice };
  }
}

// ----- Encrypted files made and opened in Node, straight from docs/backup-format.md --------

const KDF = { name: 'PBKDF2-HMAC-SHA256', iterations: 600_000 };

/** Encrypts `plainText` (a plain backup file's text) as Between's encrypted envelope. */
export function sealBackup(plainText, passphrase, { iterations = KDF.iterations } = {}) {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = pbkdf2Sync(Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, iterations, 32, 'sha256');
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return JSON.stringify({
    format: 'between-backup-encrypted',
    version: 1,
    kdf: { name: KDF.name, iterations, salt: salt.toString('base64') },
    cipher: { name: 'AES-256-GCM', iv: iv.toString('base64') },
    ciphertext: ciphertext.toString('base64'),
  });
}

/** Decrypts Between's encrypted envelope; throws on a wrong passphrase or altered bytes. */
export function openBackup(envelopeText, passphrase) {
  const envelope = JSON.parse(envelopeText);
  const salt = Buffer.from(envelope.kdf.salt, 'base64');
  const iv = Buffer.from(envelope.cipher.iv, 'base64');
  const sealed = Buffer.from(envelope.ciphertext, 'base64');
  const key = pbkdf2Sync(Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, envelope.kdf.iterations, 32, 'sha256');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8');
}
