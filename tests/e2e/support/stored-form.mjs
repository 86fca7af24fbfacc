// Reads Between's stored forms from the outside, as docs/storage-format.md describes them:
// the dense form (15 bits per character, U+1000..U+8FFF, the first character counting the
// padding bits) and packed text (a form byte, then UTF-8, UTF-16LE or the fixed Huffman
// code). A second implementation, so the tests check the format and not only the app.

/** The bytes a dense text holds; throws on text the app would not write. */
export function denseDecode(text) {
  const values = [...text].map((c) => {
    const v = c.codePointAt(0) - 0x1000;
    if (v < 0 || v >= 1 << 15) throw new Error(`not a dense character: U+${c.codePointAt(0).toString(16)}`);
    return v;
  });
  const padding = values.shift();
  const bits = values.length * 15 - padding;
  if (padding >= 15 || bits < 0 || bits % 8 !== 0) throw new Error('bad dense padding');
  const out = [];
  let acc = 0n;
  let held = 0;
  for (const v of values) {
    acc = (acc << 15n) | BigInt(v);
    held += 15;
    while (held >= 8 && out.length < bits / 8) {
      held -= 8;
      out.push(Number((acc >> BigInt(held)) & 0xffn));
    }
    acc &= (1n << BigInt(held)) - 1n;
  }
  return Uint8Array.from(out);
}

/** The text packed bytes hold. */
export function unpack(bytes) {
  const [form, ...rest] = bytes;
  if (form === 0) return Buffer.from(rest).toString('utf8');
  if (form === 2) return Buffer.from(rest).toString('utf16le');
  if (form !== 1) throw new Error(`unknown packed form ${form}`);
  return Buffer.from(huffmanDecode(Uint8Array.from(rest))).toString('utf8');
}

/** An entry record's entry, whatever its form; sealed records need `open(bytes) -> bytes`. */
export function entryOf(raw, open) {
  const record = JSON.parse(raw);
  if (record.entry) return record.entry;
  if (typeof record.z === 'string') return JSON.parse(unpack(denseDecode(record.z))).entry;
  if (typeof record.s === 'string' && open) return JSON.parse(unpack(open(denseDecode(record.s)))).entry;
  throw new Error('not a readable entry record');
}

function weight(b) {
  const c = String.fromCharCode(b);
  const table = [
    [' ', 1600], ['e', 1000], ['t', 760], ['a', 680], ['o', 640], ['in', 580], ['s', 540], ['r', 500], ['h', 460],
    ['dl', 350], ['"', 300], ['cu', 240], ['m', 210], ['wfygp', 180], ['0123456789', 110], ['b', 130], [',', 140],
    ['.v', 90], [':k-', 80], ['I_', 40], ["'{}T+", 25], ['xj[]\\ABCDEFGHIJKLMNOPQRSTUVWXYZ', 12], ['qz?!()', 8],
  ];
  for (const [chars, w] of table) if (chars.includes(c)) return w;
  if (b >= 0x20 && b <= 0x7e) return 3;
  if ([0xe2, 0x80, 0x99].includes(b)) return 20;
  if ([0xc3, 0x9c, 0x9d].includes(b)) return 6;
  return b >= 0xa0 && b <= 0xbf ? 2 : 1;
}

let code;
function huffman() {
  if (code) return code;
  const nodes = [];
  for (let b = 0; b < 256; b++) nodes.push([weight(b), [b]]);
  const lengths = new Array(256).fill(0);
  const takeLightest = () => {
    let best = 0;
    for (let i = 1; i < nodes.length; i++) if (nodes[i][0] < nodes[best][0]) best = i;
    return nodes.splice(best, 1)[0];
  };
  while (nodes.length > 1) {
    const a = takeLightest();
    const b = takeLightest();
    for (const byte of [...a[1], ...b[1]]) lengths[byte] += 1;
    nodes.push([a[0] + b[0], [...a[1], ...b[1]]]);
  }
  const longest = Math.max(...lengths);
  const counts = new Array(longest + 1).fill(0);
  for (const l of lengths) counts[l] += 1;
  const ordered = [...Array(256).keys()].sort((x, y) => lengths[x] - lengths[y] || x - y);
  code = { counts, ordered };
  return code;
}

function huffmanDecode(bytes) {
  let len = 0;
  let shift = 0;
  let at = 0;
  for (;;) {
    const b = bytes[at++];
    len |= (b & 0x7f) << shift;
    shift += 7;
    if (!(b & 0x80)) break;
  }
  const { counts, ordered } = huffman();
  const out = [];
  let bit = at * 8;
  while (out.length < len) {
    let c = 0;
    let first = 0;
    let index = 0;
    let found = false;
    for (let l = 1; l < counts.length; l++) {
      c |= (bytes[bit >> 3] >> (7 - (bit & 7))) & 1;
      bit += 1;
      if (c < first + counts[l]) {
        out.push(ordered[index + c - first]);
        found = true;
        break;
      }
      index += counts[l];
      first = (first + counts[l]) << 1;
      c <<= 1;
    }
    if (!found) throw new Error('bad huffman code');
  }
  return out;
}

/** Bytes as dense text (the inverse of denseDecode). */
export function denseEncode(bytes) {
  const units = Math.ceil((bytes.length * 8) / 15);
  const padding = units * 15 - bytes.length * 8;
  let out = String.fromCharCode(0x1000 + padding);
  let acc = 0;
  let held = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    held += 8;
    if (held >= 15) {
      held -= 15;
      out += String.fromCharCode(0x1000 + (acc >> held));
      acc &= (1 << held) - 1;
    }
  }
  if (held > 0) out += String.fromCharCode(0x1000 + (acc << (15 - held)));
  return out;
}

/** Text packed as the app packs it: the shortest of UTF-8, the Huffman code and UTF-16LE. */
export function pack(text) {
  const utf8 = Buffer.from(text, 'utf8');
  const utf16 = Buffer.from(text, 'utf16le');
  const huffman = huffmanEncode(utf8);
  if (huffman.length < Math.min(utf8.length, utf16.length)) return Uint8Array.from([1, ...huffman]);
  if (utf16.length < utf8.length) return Uint8Array.from([2, ...utf16]);
  return Uint8Array.from([0, ...utf8]);
}

/** A plain record text (`{"v":…,"entry":{…}}`) in the form version 3 stores it unsealed. */
export function storedEntryRecord(entry) {
  const plain = JSON.stringify({ v: 3, entry });
  const z = denseEncode(pack(plain));
  if (z.length + 20 >= plain.length) return plain;
  return JSON.stringify({ v: 3, rev: entry.revision, z });
}

let codes;
function huffmanCodes() {
  if (codes) return codes;
  const { counts, ordered } = huffman();
  codes = new Array(256);
  let next = 0;
  let previous = 0;
  let at = 0;
  for (let len = 1; len < counts.length; len++) {
    for (let i = 0; i < counts[len]; i++) {
      next <<= len - previous;
      codes[ordered[at++]] = [len, next];
      next += 1;
      previous = len;
    }
  }
  return codes;
}

function huffmanEncode(bytes) {
  const codes = huffmanCodes();
  const out = [];
  let len = bytes.length;
  while (len >= 0x80) {
    out.push((len & 0x7f) | 0x80);
    len >>>= 7;
  }
  out.push(len);
  let acc = 0;
  let held = 0;
  for (const byte of bytes) {
    const [bits, value] = codes[byte];
    acc = (acc << bits) | value;
    held += bits;
    while (held >= 8) {
      held -= 8;
      out.push((acc >> held) & 0xff);
    }
    acc &= (1 << held) - 1;
  }
  if (held > 0) out.push((acc << (8 - held)) & 0xff);
  return out;
}
