import type { LocalDate, LocalTime, PoliticalBody } from '@budgetflow/domain';
import { findDanishDates, findTimeSpan, numericDate } from '../text/danish-date';
import { lineText, type TextLine } from '../text/lines';
import { tolerant } from '../text/tolerant';
import { doubtfulMessage } from '../form/header';
import { Warnings, type ImportWarning } from '../warnings';
import { type DecidedAmount, decidedAmounts } from './amounts';

/**
 * A meeting's minutes ("referat"), in the words of the round's calendar where it has them
 * (a milestone's `title`, `date`, `time`, `meeting.body` and `meeting.committee`), with the
 * agenda items and their decisions.
 */
export interface ImportedMinutes {
  readonly title: string;
  readonly meeting: { readonly body: PoliticalBody; readonly committee?: string } | null;
  readonly date: LocalDate | null;
  readonly time: LocalTime | null;
  readonly endTime: LocalTime | null;
  readonly place: string;
  readonly participants: string[];
  readonly absent: string[];
  readonly items: MinutesItem[];
}

export interface MinutesItem {
  readonly number: number;
  readonly title: string;
  readonly time: LocalTime | null;
  readonly endTime: LocalTime | null;
  readonly presenters: string[];
  /** The item's text before its decision ("sagsfremstilling", "indstilling"). */
  readonly description: string;
  /** "Beslutning for Punkt N"; '' when the minutes record none. */
  readonly decision: string;
  /** The amounts the decision names. */
  readonly amounts: DecidedAmount[];
  /** Initiatives the item names ("forslag 4.2"). */
  readonly initiatives: string[];
}

const field = (...labels: string[]) =>
  new RegExp(`^(?:${labels.map(tolerant).join('|')})\\s*:\\s*(.*)$`, 'i');

const fields = {
  name: field('Mødenavn', 'Møde', 'Udvalg', 'Organ'),
  date: field('Mødedato', 'Dato', 'Mødedag'),
  time: field('Mødetidspunkt', 'Tidspunkt', 'Tid', 'Kl.'),
  place: field('Mødested', 'Sted', 'Lokale', 'Mødelokale'),
  participants: field('Deltagere', 'Til stede', 'Fremmødte', 'Deltagende'),
  absent: field('Afbud', 'Fraværende', 'Fravær'),
  presenters: field(
    'Oplægsholdere',
    'Oplægsholder',
    'Oplæg ved',
    'Præsenteres af',
    'Fremlægges af',
    'Præsentation ved',
  ),
};
const itemHeading = new RegExp(`^${tolerant('Punkt')}\\s+(\\d{1,3})\\s*[:.]\\s*(.+)$`, 'i');
const decisionHeading = new RegExp(
  `^${tolerant('Beslutning')}(?:\\s+for\\s+${tolerant('punkt')}\\s+(\\d{1,3}))?\\s*[:.]?\\s*(.*)$`,
  'i',
);
const titleLine =
  /^(?:referat|dagsorden)(?:\s+(?:fra|for)\s+(?:mødet\s+i\s+|møde\s+i\s+)?|\s*[-–:]\s*)(.+)$/i;
const presenterLine = /^v\/\s*(.+)$/i;

interface ItemDraft {
  number: number;
  title: string;
  time: LocalTime | null;
  endTime: LocalTime | null;
  presenters: string[];
  description: string[];
  decision: string[] | null;
}

export function readMinutes(lines: readonly TextLine[]): {
  document: ImportedMinutes;
  warnings: ImportWarning[];
} {
  const warnings = new Warnings();
  const texts = lines.map((line) => lineText(line).trim());
  const firstItem = texts.findIndex(
    (text) => itemHeading.test(text) && !decisionHeading.test(text),
  );
  const head = firstItem < 0 ? texts : texts.slice(0, firstItem);
  const header = readHeader(head, lines, warnings);
  const items = readItems(firstItem < 0 ? [] : texts.slice(firstItem), warnings);
  const doubtful = new Set(
    lines.slice(Math.max(firstItem, 0)).flatMap((line) => line.doubtful ?? []),
  );
  if (firstItem >= 0 && doubtful.size > 0)
    warnings.add('items', doubtfulMessage('punkterne', [...doubtful]));
  if (items.length === 0) warnings.add('items', 'Referatet har ingen punkter ("Punkt 1: …")');
  return { document: { ...header, items }, warnings: warnings.list };
}

function readHeader(
  texts: readonly string[],
  lines: readonly TextLine[],
  warnings: Warnings,
): Omit<ImportedMinutes, 'items'> {
  let title = '';
  let date: LocalDate | null = null;
  let time: LocalTime | null = null;
  let endTime: LocalTime | null = null;
  let place = '';
  const participants: string[] = [];
  const absent: string[] = [];
  let list: string[] | null = null;
  const setTimes = (text: string) => {
    const span = findTimeSpan(text.replace(/\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/g, ''));
    if (span) [time, endTime] = [span.start, span.end];
  };
  const doubtfulNames = (found: string[], index: number, field: string) => {
    // A name OCR left doubtful is not a name to record: it is named in a warning instead.
    const doubtful = lines[index]?.doubtful ?? [];
    const kept = found.filter((name) => !doubtful.some((word) => name.includes(word)));
    const dropped = found.filter((name) => !kept.includes(name));
    if (dropped.length > 0) {
      warnings.add(
        field,
        `${dropped.map((n) => `"${n}"`).join(', ')} kan ikke læses sikkert og er udeladt`,
      );
    }
    return kept;
  };
  texts.forEach((text, index) => {
    if (text === '') {
      list = null;
      return;
    }
    const doubtful = lines[index]?.doubtful ?? [];
    let match: RegExpExecArray | null;
    if ((match = fields.participants.exec(text))) {
      list = participants;
      list.push(...doubtfulNames(names(match[1]!), index, 'participants'));
      return;
    }
    if ((match = fields.absent.exec(text))) {
      list = absent;
      list.push(...doubtfulNames(names(match[1]!), index, 'absent'));
      return;
    }
    // Names go on over the next lines, until a blank line or the next field.
    if (list && !Object.values(fields).some((field) => field.test(text))) {
      list.push(
        ...doubtfulNames(names(text), index, list === participants ? 'participants' : 'absent'),
      );
      return;
    }
    list = null;
    if (doubtful.length > 0) {
      const field = fields.place.test(text) ? 'place' : fields.date.test(text) ? 'date' : 'title';
      warnings.add(field, doubtfulMessage(`"${text}"`, doubtful));
    }
    if ((match = fields.name.exec(text))) title = match[1]!.trim();
    else if ((match = fields.date.exec(text))) {
      const value = match[1]!;
      const found = findDanishDates(value)[0];
      date = found?.date ?? numericDate(value);
      if (!date) warnings.add('date', `Mødedatoen kan ikke læses ("${value}")`);
      const kl = /\bkl\.?\s*(.+)$/i.exec(value);
      if (kl) setTimes(kl[1]!);
    } else if ((match = fields.time.exec(text))) setTimes(match[1]!);
    else if ((match = fields.place.exec(text))) place = match[1]!.trim();
    else if ((match = titleLine.exec(text)) && title === '') title = match[1]!.trim();
    else if (title === '' && !/^(referat|dagsorden)$/i.test(text)) title = text;
  });
  if (title === '') warnings.add('title', 'Mødets navn står ikke i referatet');
  if (!date && !warnings.list.some((w) => w.field === 'date'))
    warnings.add('date', 'Mødedatoen står ikke i referatet');
  if (!time) warnings.add('time', 'Mødets tidspunkt står ikke i referatet');
  if (place === '') warnings.add('place', 'Mødestedet står ikke i referatet');
  if (participants.length === 0) warnings.add('participants', 'Referatet nævner ingen deltagere');
  return { title, meeting: meetingOf(title), date, time, endTime, place, participants, absent };
}

function names(text: string): string[] {
  return text
    .split(/\s*[,;]\s*|\s+og\s+/)
    .map((name) => name.replace(/\.$/, '').trim())
    .filter((name) => name !== '');
}

function meetingOf(title: string): ImportedMinutes['meeting'] {
  if (/forretningsudvalg/i.test(title)) return { body: 'forretningsudvalget' };
  if (/regionsråd/i.test(title)) return { body: 'regionsraadet' };
  if (/udvalg/i.test(title)) return { body: 'udvalg', committee: title };
  return null;
}

function readItems(texts: readonly string[], warnings: Warnings): MinutesItem[] {
  const items: ItemDraft[] = [];
  let current: ItemDraft | null = null;
  let target: string[] | null = null;
  for (const text of texts) {
    const decision = decisionHeading.exec(text);
    const heading = decision ? null : itemHeading.exec(text);
    if (heading) {
      const number = Number(heading[1]);
      if (items.some((item) => item.number === number))
        warnings.add(`items`, `Punkt ${number} står to gange`);
      const { title, span } = titleAndTime(heading[2]!);
      current = {
        number,
        title,
        time: span?.start ?? null,
        endTime: span?.end ?? null,
        presenters: [],
        description: [],
        decision: null,
      };
      items.push(current);
      target = current.description;
      continue;
    }
    if (decision) {
      const number = decision[1] ? Number(decision[1]) : current?.number;
      const item = items.find((candidate) => candidate.number === number);
      if (!item) {
        warnings.add('items', `"${text}" hører ikke til noget punkt i referatet`);
        target = null;
        continue;
      }
      item.decision ??= [];
      target = item.decision;
      if (decision[2]) target.push(decision[2]);
      continue;
    }
    if (!current || !target) continue;
    let match: RegExpExecArray | null;
    if (
      target === current.description &&
      (match = fields.presenters.exec(text) ?? presenterLine.exec(text))
    ) {
      current.presenters.push(...names(match[1]!));
    } else if (
      target === current.description &&
      (match = fields.time.exec(text) ?? /^(kl\.?\s*\d{1,2}[.:]\d{2}.*)$/i.exec(text))
    ) {
      const span = findTimeSpan(match[1]!);
      if (span) [current.time, current.endTime] = [span.start, span.end];
    } else target.push(text);
  }
  return items.map((item) => finish(item, warnings));
}

/** "Budget 2026 (kl. 13.10-13.40)": the title, and the time slot it carries. */
function titleAndTime(text: string): { title: string; span: ReturnType<typeof findTimeSpan> } {
  const slot =
    /\s*[(,–-]?\s*kl\.?\s*(\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)\s*\)?\s*$/i.exec(text);
  if (!slot) return { title: text.trim(), span: null };
  return { title: text.slice(0, slot.index).trim(), span: findTimeSpan(slot[1]!) };
}

function finish(item: ItemDraft, warnings: Warnings): MinutesItem {
  const path = `items.${item.number}`;
  const description = paragraphs(item.description);
  const decision = paragraphs(item.decision ?? []);
  if (decision === '')
    warnings.add(`${path}.decision`, `Punkt ${item.number} har ingen beslutning i referatet`);
  const { amounts, unreadable } = decidedAmounts(decision);
  for (const phrase of unreadable) {
    warnings.add(
      `${path}.amounts`,
      `Beløbet "${phrase}" er ikke et helt antal kroner; det er ikke læst`,
    );
  }
  const initiatives = [
    ...new Set(
      [
        ...`${item.title}\n${description}\n${decision}`.matchAll(
          /\b(?:forslag|initiativ)\w*\s+(?:nr\.\s*)?(\d{1,3}\.\d{1,3})\b/gi,
        ),
      ].map((m) => m[1]!),
    ),
  ];
  return {
    number: item.number,
    title: item.title,
    time: item.time,
    endTime: item.endTime,
    presenters: item.presenters,
    description,
    decision,
    amounts,
    initiatives,
  };
}

function paragraphs(lines: readonly string[]): string {
  const result: string[] = [];
  let paragraph: string[] = [];
  for (const line of [...lines, '']) {
    if (line === '') {
      if (paragraph.length > 0) result.push(paragraph.join(' '));
      paragraph = [];
    } else paragraph.push(line);
  }
  return result.join('\n\n');
}
