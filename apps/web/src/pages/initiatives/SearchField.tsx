import { useEffect, useRef, useState } from 'react';

const debounceMs = 300;

/**
 * The search field: what is typed shows at once, and reaches the address (and the API) when the
 * typing pauses, so a word is one step in the history rather than one per letter.
 */
export function SearchField({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Back and forward change the address: the field follows it.
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <div className="field initiatives-search">
      <label htmlFor="initiatives-search">Søg i titel og tekst</label>
      <input
        id="initiatives-search"
        type="search"
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            setShown(next);
            onSearch(next);
          }, debounceMs);
        }}
      />
    </div>
  );
}
