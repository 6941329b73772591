// An event from a passage: the article's text with every excerpt already used highlighted; the
// editor selects words (with the mouse, or by finding them from the keyboard), titles the event
// and dates it, and the event keeps those exact words and where they start. An article whose text
// this browser does not keep is pasted or opened first, and checked against its excerpts.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset, EventDate } from '../../schema/dataset';
import { EDITOR_DATE_PHRASE } from '../../schema/dateWords';
import { excerptStretches, passageOf } from '../../editing/sourceText';
import type { EditProblem } from '../../editing/applyEdit';
import { t } from '../model/i18n/intl';
import { useNewslineStore } from '../store/store';
import { ModalDialog } from '../ui/ModalDialog';
import { createEventFromPassage, keepSourceText } from './editActions';
import { CodeMessage } from '../ui/CodeMessage';
import { FieldProblems } from './FieldProblems';
import { sourceName } from './sourceName';

interface Range {
  start: number;
  end: number;
}

export function PassageDialog({ onClose }: { onClose: () => void }) {
  const ids = useId();
  const dataset = useNewslineStore((s) => s.dataset);
  const texts = useNewslineStore((s) => s.editSession?.sourceTexts ?? {});
  const closeRef = useRef<(() => void) | null>(null);
  const [sourceId, setSourceId] = useState(() => firstWithText(dataset, texts));
  if (!dataset) return null;
  const text = texts[sourceId];
  return (
    <ModalDialog
      title={t('edit.passage.title')}
      className="edit-dialog passage-dialog"
      onClose={onClose}
      closeRef={closeRef}
    >
      <div className="edit-dialog__body">
        <div className="edit-field">
          <label htmlFor={`${ids}-source`}>{t('edit.passage.article')}</label>
          <select id={`${ids}-source`} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            {dataset.sources.map((source) => (
              <option key={source.id} value={source.id}>
                {texts[source.id] === undefined
                  ? t('edit.passage.textNotKept', { source: sourceName(source) })
                  : sourceName(source)}
              </option>
            ))}
          </select>
        </div>
        {text === undefined ? (
          <BringText key={sourceId} sourceId={sourceId} />
        ) : (
          <PassagePicker
            key={sourceId}
            dataset={dataset}
            sourceId={sourceId}
            text={text}
            onCreated={() => closeRef.current?.()}
          />
        )}
      </div>
    </ModalDialog>
  );
}

function firstWithText(dataset: Dataset | null, texts: Readonly<Record<string, string>>): string {
  const sources = dataset?.sources ?? [];
  return (sources.find((source) => texts[source.id] !== undefined) ?? sources[0])?.id ?? '';
}

/** The article's text, pasted or opened from its file, checked against the excerpts taken from it. */
function BringText({ sourceId }: { sourceId: string }) {
  const ids = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const keep = (candidate: string) => setProblems(keepSourceText(sourceId, candidate));
  return (
    <div className="edit-group">
      <p>
        <CodeMessage id="edit.passage.bringText" code={{ md: '.md', txt: '.txt', folder: 'data/articles' }} />
      </p>
      <div className="edit-field">
        <label htmlFor={`${ids}-text`}>{t('edit.passage.text')}</label>
        <textarea
          dir="auto"
          id={`${ids}-text`}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="edit-row">
        <button type="button" className="text-button text-button--primary" onClick={() => keep(text)}>
          {t('edit.passage.keep')}
        </button>
        <label className="text-button passage-dialog__file">
          {t('edit.passage.openFile')}
          <input
            type="file"
            accept=".md,.txt,text/plain,text/markdown"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(keep);
            }}
          />
        </label>
      </div>
      {problems.length > 0 && (
        <div role="alert" className="edit-field__problems">
          <p>{t('edit.passage.notThisText')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function PassagePicker({
  dataset,
  sourceId,
  text,
  onCreated,
}: {
  dataset: Dataset;
  sourceId: string;
  text: string;
  onCreated: () => void;
}) {
  const ids = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<Range | null>(null);
  const [find, setFind] = useState('');
  const [findProblem, setFindProblem] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const used = useMemo(() => excerptStretches(dataset, sourceId, text), [dataset, sourceId, text]);
  const segments = useMemo(() => segmentsOf(text, bodyStart(text), used, range), [text, used, range]);
  // The chosen words are shown: scrolled to when found from the keyboard.
  useEffect(() => {
    boxRef.current?.querySelector('.passage-text__chosen')?.scrollIntoView({ block: 'nearest' });
  }, [range]);
  const passage = range ? passageOf(text, range.start, range.end) : null;

  const readSelection = () => {
    const box = boxRef.current;
    const selection = document.getSelection();
    if (!box || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const selected = selection.getRangeAt(0);
    if (!box.contains(selected.startContainer) || !box.contains(selected.endContainer)) return;
    const start = offsetIn(box, selected.startContainer, selected.startOffset);
    const end = offsetIn(box, selected.endContainer, selected.endOffset);
    if (start !== null && end !== null && end > start) {
      setRange({ start, end });
      selection.removeAllRanges(); // the chosen words are drawn as chosen instead
    }
  };

  // From the keyboard: the next place the words are found, selected as if by the mouse.
  const findWords = () => {
    const words = find.trim();
    if (words === '') return;
    const from = range ? range.start + 1 : 0;
    let at = text.indexOf(words, from);
    if (at < 0) at = text.indexOf(words);
    if (at < 0) {
      setFindProblem(t('edit.passage.notFound', { words }));
      return;
    }
    setFindProblem('');
    setRange({ start: at, end: at + words.length });
  };

  const create = () => {
    const day = date.trim();
    const eventDate: EventDate =
      day === ''
        ? { basis: 'bounded', phrase: null }
        : { basis: 'stated', start: day, approximate: false, phrase: EDITOR_DATE_PHRASE };
    const found = createEventFromPassage(sourceId, range ?? { start: 0, end: 0 }, title, eventDate);
    setProblems(found);
    if (found.length === 0) onCreated();
  };

  return (
    <>
      <p className="edit-field__hint">{t('edit.passage.hint')}</p>
      <div
        ref={boxRef}
        className="passage-text"
        tabIndex={0}
        role="document"
        dir="auto"
        aria-label={t('edit.passage.text')}
        onMouseUp={readSelection}
        onKeyUp={readSelection}
        data-testid="passage-text"
      >
        {segments.map((segment) => {
          const className = segment.chosen ? 'passage-text__chosen' : undefined;
          return segment.used ? (
            <mark key={segment.start} data-start={segment.start} className={className}>
              {segment.text}
            </mark>
          ) : (
            <span key={segment.start} data-start={segment.start} className={className}>
              {segment.text}
            </span>
          );
        })}
      </div>
      <div className="edit-row">
        <div className="edit-field edit-field--grow">
          <label htmlFor={`${ids}-find`}>{t('edit.passage.find')}</label>
          <input
            dir="auto"
            id={`${ids}-find`}
            type="search"
            value={find}
            aria-describedby={`${ids}-find-problem`}
            onChange={(e) => setFind(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                findWords();
              }
            }}
          />
        </div>
        <button type="button" className="text-button" onClick={findWords}>
          {t('edit.passage.select')}
        </button>
      </div>
      <p id={`${ids}-find-problem`} className="edit-field__problems" role={findProblem ? 'alert' : undefined}>
        {findProblem}
      </p>
      <p className="passage-dialog__chosen" role="status">
        {passage
          ? t('edit.passage.chosen', { excerpt: passage.excerpt, offset: passage.offset })
          : t('edit.passage.noneChosen')}
      </p>
      <div className="edit-row">
        <div className="edit-field edit-field--grow">
          <label htmlFor={`${ids}-title`}>{t('edit.passage.eventTitle')}</label>
          <input
            dir="auto"
            id={`${ids}-title`}
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="edit-field edit-field--date">
          <label htmlFor={`${ids}-date`}>{t('edit.passage.date')}</label>
          <input
            id={`${ids}-date`}
            type="text"
            inputMode="numeric"
            placeholder={t('edit.date.placeholder')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
      </div>
      <FieldProblems id={`${ids}-problems`} problems={problems} />
      <button type="button" className="text-button text-button--primary" onClick={create}>
        {t('edit.passage.create')}
      </button>
    </>
  );
}

interface Segment {
  start: number;
  text: string;
  used: boolean;
  chosen: boolean;
}

/** Where an article file's front matter ends: its metadata, not its words, is not shown. */
function bodyStart(text: string): number {
  return /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0].length ?? 0;
}

/** The text from `from`, cut where excerpts and the chosen passage begin and end. */
function segmentsOf(
  text: string,
  from: number,
  used: readonly [number, number][],
  chosen: Range | null,
): Segment[] {
  const cuts = new Set([from, text.length]);
  for (const [start, end] of used) cuts.add(start).add(end);
  if (chosen) cuts.add(chosen.start).add(chosen.end);
  const points = [...cuts].filter((at) => at >= from && at <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    segments.push({
      start,
      text: text.slice(start, end),
      used: used.some(([a, b]) => start >= a && end <= b),
      chosen: chosen !== null && start >= chosen.start && end <= chosen.end,
    });
  }
  return segments;
}

/** A DOM position inside the box as an offset in the article's text, through the segments' starts. */
function offsetIn(box: HTMLElement, node: Node, offset: number): number | null {
  if (node === box) {
    const child = box.childNodes[offset];
    return child instanceof HTMLElement ? Number(child.dataset.start) : (box.textContent?.length ?? null);
  }
  const segment = node instanceof HTMLElement ? node : node.parentElement;
  if (!segment || segment.dataset.start === undefined) return null;
  const start = Number(segment.dataset.start);
  if (node instanceof HTMLElement) return offset === 0 ? start : start + (node.textContent?.length ?? 0);
  return start + offset;
}
