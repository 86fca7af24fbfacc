// A realistic, deterministic journal for benchmarks: localStorage `[key, value]` pairs in the
// exact stored format (docs/storage-format.md, format version 2).
//
// - `entries` entries (default 5,000) over about three years back from `now`, newest a couple
//   of hours before it; every kind (win, concern with some priorities, reflection with its
//   prompt, check_in and feedback with their details), tags on some;
// - texts of 58 to 1,496 characters (about 600 on average) made of gentle journal sentences;
// - ids `<hex millis of created_at>-<8 hex random>`, created_at RFC 3339 with the offset of a
//   Central European clock (+01:00 in winter, +02:00 in summer), revision 1;
// - a `between.sessions` record: a year of roughly fortnightly sessions, with what became of
//   some of the concerns written before each.
// The same seed and `now` always give the same journal.
//
// CLI: node tests/e2e/bench/generate-journal.mjs [N] [--seed S] [--now RFC3339] [--stats]
//      prints the pairs as JSON on stdout (--stats: a summary of the journal on stderr).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ENTRY_PREFIX = 'between.entry.';
export const SESSIONS_KEY = 'between.sessions';
export const FORMAT_VERSION = 2;
export const MIN_TEXT = 58;
export const MAX_TEXT = 1_496;

const DAY = 86_400_000;
const SPAN_DAYS = 3 * 365;

/** Small, fast, seedable PRNG (mulberry32). Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ----- Words ---------------------------------------------------------------------------------

// Feeling tokens and words exactly as src/domain/checkin.rs has them.
export const FEELINGS = ['very_heavy', 'heavy', 'in_between', 'fairly_light', 'light'];
export const SAFETY = ['not_yet', 'a_little', 'somewhat', 'mostly', 'fully'];
export const FEELING_WORDS = [
  'anxious', 'calm', 'confused', 'content', 'disappointed', 'frustrated', 'grateful', 'hopeful',
  'hurt', 'lonely', 'numb', 'overwhelmed', 'proud', 'relieved', 'restless', 'sad', 'safe',
  'tender', 'tired', 'worried',
];

// A few of the built-in prompts (src/domain/prompts.rs), as a reflection stores them.
const PROMPTS = [
  'This is a hard moment. In a few words, what feels hard right now?',
  "What is one small thing that could make the next hour a little easier?",
  'What would you say to a friend who went through today?',
  'Imagine someone you love told you they felt this way. How would you answer them?',
  'If you could be a little gentler with yourself about one thing, what would it be?',
  "Something didn't go the way you hoped. What happened, told as plainly and kindly as you can?",
  'What was still true about you, and about your progress, before this happened?',
  'What is one thing you did today that took effort, even if no one saw it?',
  'When did you handle something a little better than you might have a while ago?',
  'What did you keep going with, even though it was hard?',
  'What is something you are learning about yourself lately?',
  'What would you most like the other person to understand?',
];

const TAGS = [
  'work', 'family', 'sleep', 'friends', 'body', 'anxiety', 'mornings', 'partner', 'self-care',
  'boundaries', 'mum', 'exercise', 'school run', 'money', 'grief', 'food',
];

const PEOPLE = ['my sister', 'my mum', 'my partner', 'a colleague', 'my manager', 'an old friend', 'my neighbour', 'my brother', 'the kids', 'my dad'];
const PLACES = ['at work', 'at home', 'on the bus', 'in the park', 'at the shop', 'in the kitchen', 'on the phone', 'at the doctor\u2019s', 'in the meeting', 'on my walk'];
const TIMES = ['this morning', 'this afternoon', 'tonight', 'after lunch', 'before bed', 'on the way home', 'earlier today', 'at the weekend', 'yesterday evening', 'just now'];
const ACTIVITIES = [
  'went for a short walk', 'made a proper breakfast', 'answered the email I had been avoiding',
  'said no to an extra shift', 'called the dentist', 'tidied one corner of the bedroom',
  'sat with a cup of tea without my phone', 'asked for help with the forms',
  'took the long way round through the park', 'went to bed before midnight',
  'told someone how I actually felt', 'finished the washing up', 'cooked something new',
  'stayed at the party for an hour', 'did the breathing exercise', 'wrote a list instead of spiralling',
  'left work on time', 'let a mistake be a mistake', 'rested without feeling guilty',
  'opened the letter from the bank', 'stretched for ten minutes', 'read a few pages of my book',
];
const WORRIES = [
  'the conversation I need to have about money', 'whether I am doing enough', 'how tired I have been',
  'going back to the office', 'the way I snapped at the kids', 'my sleep getting worse again',
  'the appointment next month', 'feeling far away from my friends', 'saying the wrong thing',
  'what people think of me at work', 'my mum\u2019s health', 'the old habit of cancelling plans',
  'getting overwhelmed at the weekend', 'not being able to switch off', 'the argument last week',
];
const FEELING_PHRASES = [
  'a bit lighter', 'tired but okay', 'more settled than I expected', 'tender', 'wobbly',
  'surprisingly calm', 'heavy for most of the day', 'quietly proud', 'on edge', 'a little hopeful',
  'flat', 'relieved', 'restless', 'raw', 'steadier',
];

const SENTENCES = {
  win: [
    () => `${cap(pick(TIMES))} I ${pick(ACTIVITIES)}, and it felt like a small step.`,
    () => `I ${pick(ACTIVITIES)} ${pick(TIMES)}, even though part of me wanted to skip it.`,
    () => `It was not a big thing, but I ${pick(ACTIVITIES)}.`,
    () => `I noticed I felt ${pick(FEELING_PHRASES)} afterwards, which is worth writing down.`,
    () => `${cap(pick(PEOPLE))} said something kind ${pick(PLACES)} and I let myself hear it.`,
    () => `A few months ago I would not have managed this, so I am counting it.`,
    () => `I kept my promise to myself and ${pick(ACTIVITIES)}.`,
    () => `When the worry started ${pick(PLACES)}, I slowed my breathing instead of rushing.`,
    () => `I want to remember that I can do hard things in small pieces.`,
    () => `${cap(pick(PEOPLE))} noticed that I seemed ${pick(FEELING_PHRASES)}, and I did not brush it off.`,
    () => `I caught the old thought early and answered it the way we practised.`,
    () => `It took three tries, but I ${pick(ACTIVITIES)}.`,
    () => `Small thing, but I laughed properly for the first time in a while ${pick(PLACES)}.`,
    () => `I let myself stop before I was completely worn out.`,
  ],
  concern: [
    () => `I keep coming back to ${pick(WORRIES)}.`,
    () => `I would like to talk about ${pick(WORRIES)} next time.`,
    () => `${cap(pick(TIMES))} I felt ${pick(FEELING_PHRASES)} and I am not sure why.`,
    () => `It happened again ${pick(PLACES)}, and I froze for a moment.`,
    () => `I notice I get quiet when ${pick(PEOPLE)} brings it up.`,
    () => `Part of me thinks it is silly to mention, but it has been on my mind all week.`,
    () => `I am not sure how to start this conversation with ${pick(PEOPLE)}.`,
    () => `It feels bigger at night than it does in the morning.`,
    () => `I would like some ideas for what to do when ${pick(WORRIES)} takes over.`,
    () => `When I think about ${pick(WORRIES)}, my chest goes tight.`,
    () => `I told myself I would mention this last time and then ran out of courage.`,
    () => `I am worried that ${pick(PEOPLE)} is disappointed in me, although nobody has said so.`,
    () => `I spent most of ${pick(TIMES)} going over ${pick(WORRIES)} in my head.`,
    () => `I do not know if this is a big deal or if I am making it one.`,
  ],
  reflection: [
    () => `If a friend told me this, I would tell them they were doing their best.`,
    () => `What feels hard right now is ${pick(WORRIES)}.`,
    () => `I think I am allowed to feel ${pick(FEELING_PHRASES)} about it.`,
    () => `Other people have felt this too, and that makes it a little less lonely.`,
    () => `${cap(pick(TIMES))} I tried to speak to myself more gently, and it helped a bit.`,
    () => `The kind thing to say would be: you do not have to fix all of it today.`,
    () => `I noticed the feeling mostly in my shoulders, and I let them drop.`,
    () => `What I need underneath all this is rest, and someone to listen.`,
    () => `I am learning that going slowly is not the same as failing.`,
    () => `Looking back, I handled ${pick(WORRIES)} better than I gave myself credit for.`,
    () => `I wonder what would change if I expected a little less of myself this week.`,
    () => `A warmer way to put it: this is hard, and I am still trying.`,
    () => `I can see that ${pick(PEOPLE)} has been trying too, in their own way.`,
    () => `Some of this is out of my hands, and that is not my fault.`,
  ],
  check_in: [
    () => `Long day ${pick(PLACES)}, feeling ${pick(FEELING_PHRASES)}.`,
    () => `${cap(pick(TIMES))} was the hardest part.`,
    () => `I ${pick(ACTIVITIES)}, which helped a little.`,
    () => `Not much to say, just checking in with myself.`,
    () => `Saw ${pick(PEOPLE)} and it was easier than I thought.`,
    () => `Sleep was patchy, so I am going easy on myself.`,
    () => `Felt ${pick(FEELING_PHRASES)} for most of the afternoon.`,
    () => `Quiet day. I mostly kept to myself and that was fine.`,
    () => `Something ${pick(PEOPLE)} said ${pick(TIMES)} stayed with me.`,
  ],
  feedback: [
    () => `The last session left me thinking about ${pick(WORRIES)}.`,
    () => `I liked that we slowed down when it got hard.`,
    () => `I felt ${pick(FEELING_PHRASES)} on the way home.`,
    () => `It might help to have something small to practise between sessions.`,
    () => `I noticed I held back a little when we talked about ${pick(PEOPLE)}.`,
    () => `I would like a bit more time at the start to settle in.`,
    () => `Talking about ${pick(WORRIES)} was harder than I expected, but useful.`,
    () => `I left feeling ${pick(FEELING_PHRASES)}, which I think is a good sign.`,
    () => `I am not always sure what to bring, and that makes me freeze at the start.`,
  ],
};
const FILLERS = [
  () => `I am writing this ${pick(PLACES)}, ${pick(TIMES)}.`,
  () => `Overall I feel ${pick(FEELING_PHRASES)}.`,
  () => `I want to be patient with myself about this.`,
  () => `Tomorrow I will try to ${pick(ACTIVITIES).replace(/^(went|made|answered|said|called|tidied|sat|asked|took|told|finished|cooked|stayed|did|wrote|left|let|rested|opened|stretched|read)\b/, (w) => BASE_FORM[w] ?? w)}.`,
  () => `It is okay that some days are slower than others.`,
  () => `${cap(pick(PEOPLE))} was around for part of it, which helped.`,
  () => `I had a glass of water and sat down for a minute before writing this.`,
  () => `The weather was grey, and I think that played a part.`,
  () => `I am not sure what to make of it yet, and that is allowed.`,
  () => `Writing it down already makes it feel a little more manageable.`,
  () => `There is more I could say, but this is enough for today.`,
  () => `I noticed I was holding my breath while I wrote that.`,
];
const BASE_FORM = {
  went: 'go', made: 'make', answered: 'answer', said: 'say', called: 'call', tidied: 'tidy', sat: 'sit',
  asked: 'ask', took: 'take', told: 'tell', finished: 'finish', cooked: 'cook', stayed: 'stay', did: 'do',
  wrote: 'write', left: 'leave', let: 'let', rested: 'rest', opened: 'open', stretched: 'stretch', read: 'read',
};
const FEEDBACK_ANSWERS = {
  helped: [
    'Going slowly through what happened at work.', 'The breathing exercise at the start.',
    'Being asked what I needed instead of what I should do.', 'Writing things down between sessions.',
    'Hearing that it made sense to feel this way.',
  ],
  did_not_land: [
    'The worksheet felt a bit too much for this week.', 'I was not ready to talk about my dad yet.',
    'I did not quite follow the part about thoughts and feelings.', 'Ending in a rush left me unsettled.',
  ],
  unsaid: [
    'I was more upset about the argument than I let on.', 'I nearly cancelled the session.',
    'I have been sleeping badly again.', 'I felt embarrassed about crying.',
  ],
  more_or_less: [
    'More practical things to try at home, please.', 'A little less homework while work is busy.',
    'More time to talk about my family.', 'Less time on the past, more on this week.',
  ],
};

// ----- Generation ----------------------------------------------------------------------------

let rand = Math.random; // replaced per call by a seeded PRNG
const pick = (list) => list[Math.floor(rand() * list.length)];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const chance = (p) => rand() < p;
const hex32 = () => Math.floor(rand() * 0x1_0000_0000).toString(16).padStart(8, '0');

// Kumaraswamy(1.6, 2.8) on [MIN_TEXT, MAX_TEXT]: skewed towards shorter texts with a long
// tail, mean about 600 characters once whole sentences are fitted.
function targetLength() {
  const u = rand();
  const x = Math.pow(1 - Math.pow(1 - u, 1 / 2.8), 1 / 1.6);
  return Math.round(MIN_TEXT + x * (MAX_TEXT - MIN_TEXT));
}

/** Whole sentences, between MIN_TEXT and MAX_TEXT characters, about `target` long. */
function journalText(kind, target) {
  const own = SENTENCES[kind];
  const sentences = [];
  let length = 0;
  let last = null;
  const used = new Set();
  for (let guard = 0; guard < 200; guard++) {
    const make = chance(0.7) ? pick(own) : pick(FILLERS);
    const sentence = make();
    // No sentence twice in one entry (long entries may run out, then repeats are allowed).
    if (sentence === last || (used.has(sentence) && guard < 150)) continue;
    used.add(sentence);
    const added = (sentences.length ? 1 : 0) + sentence.length;
    if (length + added > target && length >= MIN_TEXT) break;
    if (length + added > MAX_TEXT) break;
    sentences.push(sentence);
    length += added;
    last = sentence;
    // A new paragraph now and then, as people write.
    if (chance(0.12) && length > 200) sentences.push('\n');
  }
  let text = sentences.join(' ').replace(/ ?\n ?/g, '\n\n').trim();
  while (text.length < MIN_TEXT) text += ' I am glad I wrote this down.';
  if (text.length > MAX_TEXT) text = text.slice(0, MAX_TEXT - 1).replace(/\s+\S*$/, '') + '.';
  return text;
}

// Central European clock: +02:00 from the last Sunday of March to the last Sunday of October.
function offsetMinutesAt(utcMillis) {
  const d = new Date(utcMillis);
  const year = d.getUTCFullYear();
  const lastSunday = (month) => {
    const end = new Date(Date.UTC(year, month + 1, 0, 1)); // last day of the month, 01:00 UTC
    return end.getTime() - end.getUTCDay() * DAY;
  };
  return utcMillis >= lastSunday(2) && utcMillis < lastSunday(9) ? 120 : 60;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** "2026-11-19T21:15:00+01:00" for a UTC instant, on the local clock of that offset. */
export function rfc3339At(utcMillis, offsetMinutes = offsetMinutesAt(utcMillis)) {
  const local = new Date(utcMillis + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const off = Math.abs(offsetMinutes);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`
  );
}

function localDate(utcMillis) {
  return rfc3339At(utcMillis).slice(0, 10);
}

function pickKind() {
  const r = rand();
  if (r < 0.34) return 'win';
  if (r < 0.56) return 'concern';
  if (r < 0.76) return 'reflection';
  if (r < 0.92) return 'check_in';
  return 'feedback';
}

function details(kind) {
  if (kind === 'check_in') {
    const words = [];
    const count = Math.floor(rand() * 4); // 0..=3 words (the app allows up to 5)
    while (words.length < count) {
      const w = pick(FEELING_WORDS);
      if (!words.includes(w)) words.push(w);
    }
    const checkIn = { feeling: pick(FEELINGS) };
    if (words.length) checkIn.words = words;
    return { check_in: checkIn };
  }
  // Feedback: a few of the questions answered (at least one), the fields in serde's order.
  const feedback = {};
  for (const field of ['helped', 'did_not_land', 'unsaid', 'more_or_less']) {
    if (chance(0.55)) feedback[field] = pick(FEEDBACK_ANSWERS[field]);
  }
  if (!Object.keys(feedback).length) feedback.helped = pick(FEEDBACK_ANSWERS.helped);
  if (chance(0.8)) feedback.safety = pick(SAFETY);
  return { feedback };
}

/**
 * @param {{ entries?: number, now?: Date | number | string, seed?: number, sessions?: boolean }} options
 * @returns {Array<[string, string]>} localStorage pairs, entries newest first, then the sessions record
 */
export function generateJournal({ entries = 5_000, now = Date.now(), seed = 20_260_101, sessions = true } = {}) {
  rand = mulberry32(seed);
  const nowMs = Math.floor(new Date(now).getTime() / 1000) * 1000;
  const newest = nowMs - 2 * 3_600_000;
  const oldest = nowMs - SPAN_DAYS * DAY;

  // Creation times: uniform over the span, written while awake (07:00 to 23:30 local time),
  // the newest exactly two hours before now; whole seconds, all different.
  const times = new Set([newest]);
  while (times.size < entries) {
    const instant = oldest + Math.floor(rand() * (newest - oldest));
    const offset = offsetMinutesAt(instant) * 60_000;
    const localMidnight = Math.floor((instant + offset) / DAY) * DAY - offset;
    const minute = 7 * 60 + Math.floor(rand() * (16.5 * 60));
    const t = localMidnight + minute * 60_000 + Math.floor(rand() * 60) * 1000;
    if (t <= newest && t >= oldest) times.add(t);
  }
  const created = [...times].sort((a, b) => b - a).slice(0, entries);

  const pairs = [];
  const concerns = []; // [millis, id] of every concern, newest first
  const ids = new Set();
  for (const t of created) {
    const kind = pickKind();
    let id;
    do id = `${t.toString(16)}-${hex32()}`;
    while (ids.has(id));
    ids.add(id);
    const stamp = rfc3339At(t);
    // Field order as serde writes an Entry.
    const entry = { id, kind, text: journalText(kind, targetLength()) };
    if (chance(0.4)) {
      const tags = [];
      const count = 1 + Math.floor(rand() * 3);
      while (tags.length < count) {
        const tag = pick(TAGS);
        if (!tags.includes(tag)) tags.push(tag);
      }
      entry.tags = tags;
    }
    if (kind === 'concern' && chance(0.25)) entry.priority = true;
    if (kind === 'reflection') entry.prompt = pick(PROMPTS);
    if (kind === 'check_in' || kind === 'feedback') entry.details = details(kind);
    Object.assign(entry, { created_at: stamp, updated_at: stamp, revision: 1 });
    if (kind === 'concern') concerns.push([t, id]);
    pairs.push([ENTRY_PREFIX + id, JSON.stringify({ v: FORMAT_VERSION, entry })]);
  }

  if (sessions) pairs.push([SESSIONS_KEY, JSON.stringify(sessionsRecord(nowMs, concerns))]);
  return pairs;
}

/** A year of sessions about a fortnight apart (the next one a few days ahead), earliest first. */
function sessionsRecord(nowMs, concerns) {
  const list = [];
  let day = nowMs + (2 + Math.floor(rand() * 5)) * DAY; // the next session
  const start = nowMs - 365 * DAY;
  const days = [];
  while (day >= start) {
    days.push(day);
    day -= (12 + Math.floor(rand() * 5)) * DAY; // 12 to 16 days apart
  }
  days.reverse();
  let previous = start - 14 * DAY;
  for (const sessionDay of days) {
    // Added to the list the evening before, at a random minute.
    const addedAt = Math.min(sessionDay - DAY + Math.floor(rand() * 3_600_000), nowMs);
    const id = `${(Math.floor(addedAt / 1000) * 1000).toString(16)}-${hex32()}`;
    const outcomes = {};
    if (sessionDay < nowMs) {
      for (const [t, entryId] of concerns) {
        if (t >= previous && t < sessionDay && chance(0.6)) {
          const r = rand();
          outcomes[entryId] = r < 0.5 ? 'raised' : r < 0.8 ? 'resolved' : 'carry_over';
        }
      }
    }
    const keys = Object.keys(outcomes).sort(); // a BTreeMap serialises in key order
    const session = { id, date: localDate(sessionDay) };
    if (keys.length) session.outcomes = Object.fromEntries(keys.map((k) => [k, outcomes[k]]));
    session.revision = 1 + keys.length; // each outcome set bumped it once
    list.push(session);
    previous = sessionDay;
  }
  return { v: FORMAT_VERSION, sessions: list };
}

/** Counts and text lengths, for a sanity check of a generated journal. */
export function journalStats(pairs) {
  const kinds = {};
  const lengths = [];
  let chars = 0;
  let sessions = 0;
  for (const [key, value] of pairs) {
    chars += key.length + value.length;
    if (key === SESSIONS_KEY) sessions = JSON.parse(value).sessions.length;
    if (!key.startsWith(ENTRY_PREFIX)) continue;
    const { entry } = JSON.parse(value);
    kinds[entry.kind] = (kinds[entry.kind] ?? 0) + 1;
    lengths.push(entry.text.length);
  }
  lengths.sort((a, b) => a - b);
  const mean = lengths.reduce((a, b) => a + b, 0) / (lengths.length || 1);
  return {
    entries: lengths.length,
    kinds,
    text: { min: lengths[0], median: lengths[lengths.length >> 1], mean: Math.round(mean), max: lengths.at(-1) },
    sessions,
    storedChars: chars,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const options = {};
  let stats = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--seed') options.seed = Number(args[++i]);
    else if (args[i] === '--now') options.now = args[++i];
    else if (args[i] === '--stats') stats = true;
    else if (/^\d+$/.test(args[i])) options.entries = Number(args[i]);
    else {
      console.error('usage: node generate-journal.mjs [N] [--seed S] [--now RFC3339] [--stats]');
      process.exit(2);
    }
  }
  const pairs = generateJournal(options);
  process.stdout.write(JSON.stringify(pairs) + '\n');
  if (stats) console.error(JSON.stringify(journalStats(pairs), null, 2));
}
