import { Fragment } from 'react';

/**
 * Text as it was written on the form: blank lines part paragraphs, single line breaks stay.
 * An empty field says so, as the printed form would leave the space blank.
 */
export function TextBlock({ text, empty = 'Ikke udfyldt' }: { text: string; empty?: string }) {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="form-text">
          {paragraph.split('\n').map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}
