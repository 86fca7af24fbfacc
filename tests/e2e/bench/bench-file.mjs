// Writing one benchmark's section of BENCHMARKS.md, keeping the sections the other
// benchmarks wrote.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

/**
 * Replaces the section of `file` that starts with `heading` (up to the next `## ` heading or
 * the first of `stops`, whichever comes first) with `text`, or adds it at the end.
 */
export function writeSection(file, heading, text, stops = []) {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = old.indexOf(heading);
  const ends = ['\n## ', ...stops]
    .map((mark) => (start === -1 ? -1 : old.indexOf(mark, start + heading.length)))
    .filter((at) => at !== -1);
  const end = ends.length ? Math.min(...ends) : -1;
  const next = start === -1 ? `${old.trimEnd()}\n\n${text}` : `${old.slice(0, start)}${text}${end === -1 ? '' : old.slice(end)}`;
  writeFileSync(file, next);
}
