// "Add to my calendar": sessions with a time and a repeating series go into an .ics file
// made in the page, checked with an independent iCalendar parser (ical.js) and byte by byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { withApp } from '../support/fixtures.mjs';
import { SummaryPage } from '../support/summary-page.mjs';
import { assertClean } from '../support/browser.mjs';

const app = withApp();
const TITLE = 'Therapy, with Sam; bring the notes 🌱🌧 and the list, the long one; thanks\nsecond line';

const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (d, n) => new Date(d.getTime() + n * 86_400_000);
/** London's clocks go forward on the last Sunday of March. */
function dstStart(year) {
  const d = new Date(Date.UTC(year, 2, 31));
  return addDays(d, -d.getUTCDay());
}
/** "HH:MM" of a moment on London's clock. */
const londonTime = (date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(date);

function parse(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent');
}

test('the calendar file holds timed and repeating sessions across a DST change, with alarms, and cancels a removed one', async () => {
  const { page, guards } = await app.open({ timezoneId: 'Europe/London' });
  const summary = new SummaryPage(page, app.url);
  await summary.open();
  const soon = iso(addDays(new Date(), 7));
  const dst = dstStart(new Date().getUTCFullYear() + 1);
  const before = iso(addDays(dst, -3));
  const after = iso(addDays(dst, 4));
  await summary.addTimedSession(soon, '10:30');
  await summary.addTimedSession(before, '09:00', { repeats: 'Every week', until: after });
  await summary.setCalendar({ title: TITLE, hour: 20, hourBefore: true });

  const { name, text } = await summary.downloadCalendar();
  assert.equal(name, 'between-sessions.ics');
  await summary.status.filter({ hasText: 'Calendar file downloaded: 3 sessions.' }).waitFor();
  // Raw form: CRLF only, no line over 75 octets, the title folded and escaped.
  assert.ok(text.endsWith('\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare line feeds');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.match(text, /\r\n /, 'the long title is folded');

  const events = parse(text);
  assert.equal(events.length, 3);
  const uids = events.map((e) => e.getFirstPropertyValue('uid'));
  assert.equal(new Set(uids).size, 3);
  const starts = [];
  for (const vevent of events) {
    const event = new ICAL.Event(vevent);
    assert.equal(event.summary, TITLE);
    assert.equal(event.startDate.zone.tzid, 'UTC');
    starts.push(event.startDate.toJSDate());
    const alarms = vevent.getAllSubcomponents('valarm');
    assert.equal(alarms.length, 2);
    for (const alarm of alarms) assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    const [evening, hour] = alarms.map((a) => a.getFirstPropertyValue('trigger').toSeconds());
    assert.equal(hour, -3600);
    // The evening reminder falls at 20:00 London time the day before.
    const at = new Date(event.startDate.toJSDate().getTime() + evening * 1000);
    assert.equal(londonTime(at), '20:00');
    assert.equal(iso(addDays(at, 1)).slice(0, 10) <= iso(event.startDate.toJSDate()), true);
    assert.equal(alarms[0].getFirstPropertyValue('description'), "Time to look at what you'd like to bring");
  }
  starts.sort((a, b) => a - b);
  assert.deepEqual(starts.map(londonTime), ['10:30', '09:00', '09:00']);
  // Across the change the same 09:00 is 09:00Z in winter and 08:00Z in summer.
  assert.deepEqual(starts.slice(1).map((d) => d.toISOString()), [`${before}T09:00:00.000Z`, `${after}T08:00:00.000Z`]);

  // Removing one occurrence exports it once more as cancelled, with a higher SEQUENCE.
  const removed = events.find((e) => new ICAL.Event(e).startDate.toJSDate().toISOString().startsWith(before));
  const day = new Date(`${before}T12:00:00Z`).getUTCDate();
  await summary.removeSession(new RegExp(`\\b${day} March`));
  const again = parse((await summary.downloadCalendar()).text);
  assert.equal(again.length, 3);
  const cancelled = again.filter((e) => e.getFirstPropertyValue('status') === 'CANCELLED');
  assert.equal(cancelled.length, 1);
  assert.equal(cancelled[0].getFirstPropertyValue('uid'), removed.getFirstPropertyValue('uid'));
  assert.ok(cancelled[0].getFirstPropertyValue('sequence') > (removed.getFirstPropertyValue('sequence') ?? 0));
  assert.deepEqual(new Set(again.map((e) => e.getFirstPropertyValue('uid'))), new Set(uids), 'same UIDs: re-importing updates');

  // Moving one occurrence keeps its UID, so calendars move the event.
  const soonEvent = events.find((e) => londonTime(new ICAL.Event(e).startDate.toJSDate()) === '10:30');
  const item = summary.sessionItems.filter({ hasText: '10:30' });
  await item.locator('summary', { hasText: 'Change date or time' }).click();
  const later = iso(addDays(new Date(), 8));
  await item.getByLabel('New date').fill(later);
  await item.getByLabel('New date').dispatchEvent('change');
  await summary.status.filter({ hasText: 'Session moved to' }).waitFor();
  // Still open after the list is redrawn, so the time can be changed next.
  const movedItem = summary.sessionItems.filter({ hasText: '10:30' });
  await movedItem.getByLabel('New time (optional)').fill('11:15');
  await summary.status.filter({ hasText: 'Session time set to 11:15.' }).waitFor();
  const moved = parse((await summary.downloadCalendar()).text).find(
    (e) => e.getFirstPropertyValue('uid') === soonEvent.getFirstPropertyValue('uid'),
  );
  const movedStart = new ICAL.Event(moved).startDate.toJSDate();
  assert.equal(londonTime(movedStart), '11:15');
  assert.equal(iso(movedStart).slice(0, 10), later.slice(0, 10));
  assert.ok(moved.getFirstPropertyValue('sequence') > (soonEvent.getFirstPropertyValue('sequence') ?? 0));

  // The settings and times are kept in the sessions record.
  const stored = await summary.storedSessions();
  assert.equal(stored.calendar.title, TITLE);
  assert.ok(stored.sessions.some((s) => s.time === 675));
  assert.equal(stored.cancelled.length, 1);
  assertClean(guards);
});
