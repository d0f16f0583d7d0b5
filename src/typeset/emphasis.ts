/** Inline emphasis: **…** in any paragraph's text is set in 黑体; the asterisks are not printed. */
import type { Span } from './boxes.js';
import type { TextStyle } from './style.js';

/** Spans of `text` in `style`, with each **…** in `strong`. An unpaired ** is printed as written. */
export function emphasisSpans(text: string, style: TextStyle, strong: TextStyle): Span[] {
  const parts = text.split('**');
  if (parts.length % 2 === 0) {
    // An odd number of markers: the last one has no partner and stays as text.
    const tail = parts.splice(parts.length - 2, 2).join('**');
    parts.push(tail);
  }
  const spans: Span[] = [];
  parts.forEach((part, i) => {
    if (part) spans.push({ text: part, style: i % 2 === 1 ? strong : style });
  });
  return spans;
}
