/**
 * Lines of body text to paragraphs and subheadings. Pure.
 *
 * Text comes in two layouts: one paragraph per block (blocks separated by blank lines, a block
 * possibly hard-wrapped over several lines) and one paragraph per line with no blank lines. A
 * block of several lines is hard-wrapped when its lines fill a width (every line but the last
 * is nearly as long as the longest, none is long) and most of them stop mid-sentence; otherwise
 * each line is a paragraph. Either way, a paragraph that stops mid-sentence and is followed by
 * one starting in lower case is one paragraph broken in two, and is joined again.
 */

export interface Line {
  text: string;
  /** 1-based line in the input. */
  line: number;
}

export interface Body {
  paragraphs: string[];
  /** Input line of each paragraph's start. */
  paragraphLines: number[];
  subheadings: string[];
}

/** Longer lines are never hard-wrapped text. */
const WRAP_WIDTH = 120;
/** In wrapped text every line but the last reaches at least this share of the longest. */
const WRAP_FILL = 0.6;

/** Ends a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?:;…]["”’')\]]*$/;
const STARTS_LOWER = /^\p{Ll}/u;

export const endsSentence = (text: string) => SENTENCE_END.test(text);
export const continues = (text: string) => STARTS_LOWER.test(text);

/** A short line without closing punctuation, between paragraphs: "Investors wary". */
export function isSubheading(text: string): boolean {
  if (text.length > 60 || /[.!?:;"”’,]$/.test(text) || /^["“]/.test(text)) return false;
  return text.split(/\s+/).length <= 8;
}

function looksWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const longest = Math.max(...lines.map((l) => l.length));
  if (longest > WRAP_WIDTH) return false;
  const inner = lines.slice(0, -1);
  if (inner.some((l) => l.length < WRAP_FILL * longest)) return false;
  return inner.filter(endsSentence).length * 2 < inner.length;
}

/** One unit per hard-wrapped block, else one per line. */
function units(block: Line[]): Line[] {
  if (looksWrapped(block.map((l) => l.text))) {
    return [{ text: block.map((l) => l.text).join(' '), line: block[0]!.line }];
  }
  return block;
}

/**
 * Blocks of non-blank lines (already trimmed) to a body. `skip` drops lines that belong elsewhere
 * (captions repeated inside the body).
 */
export function bodyFromBlocks(blocks: Line[][], skip: (text: string) => boolean = () => false): Body {
  const all = blocks.flatMap((block) => units(block.filter((l) => !skip(l.text))));
  const body: Body = { paragraphs: [], paragraphLines: [], subheadings: [] };
  let lastWasParagraph = false;
  all.forEach((unit, i) => {
    const previous = body.paragraphs.at(-1);
    if (lastWasParagraph && previous !== undefined && !endsSentence(previous) && continues(unit.text)) {
      body.paragraphs[body.paragraphs.length - 1] = `${previous} ${unit.text}`;
      return;
    }
    const next = all[i + 1];
    if (isSubheading(unit.text) && !(next && continues(next.text))) {
      body.subheadings.push(unit.text);
      lastWasParagraph = false;
      return;
    }
    body.paragraphs.push(unit.text);
    body.paragraphLines.push(unit.line);
    lastWasParagraph = true;
  });
  return body;
}

/** Plain text (no markup) to blocks of trimmed lines, split at blank lines. */
export function blocksOf(text: string, firstLine = 1): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push({ text: trimmed, line: firstLine + i });
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}
