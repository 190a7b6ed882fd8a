/** The text with every occurrence of the given words marked (case-insensitive), e.g. flagged keywords. */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  const wanted = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
  if (wanted.length === 0) return <>{text}</>;
  const escaped = wanted
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'giu'));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}
