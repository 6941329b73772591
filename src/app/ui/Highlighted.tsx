// Text with the search's matching words marked; plain text otherwise.
import { highlightParts } from '../model/search/highlight';
import { useSearchTerms } from '../store/store';

export function Highlighted({ text }: { text: string }) {
  const terms = useSearchTerms();
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlightParts(text, terms).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
