/** A list edited as text, one entry a line; the text stays as typed until it is parsed. */
import { useEffect, useRef, useState } from "preact/hooks";
import { splitList } from "../shared/settings";

interface Props {
  name: string;
  label: string;
  value: readonly string[];
  onChange(list: string[]): void;
}

export function ListField({ name, label, value, onChange }: Props) {
  const [text, setText] = useState(value.join("\n"));
  const field = useRef<HTMLTextAreaElement>(null);
  // A change made elsewhere (the sidebar's "never on this site") shows up here, and the
  // cleaned list (hosts from pasted addresses) once the user has left the field; never
  // while they type in it.
  useEffect(() => {
    if (field.current && field.current.ownerDocument.activeElement === field.current) return;
    const typed = splitList(text).filter(Boolean);
    if (typed.join("\n") !== value.join("\n")) setText(value.join("\n"));
  }, [value.join("\n")]);
  return (
    <label class="list">
      <span>{label}</span>
      <textarea
        ref={field}
        name={name}
        rows={4}
        value={text}
        spellcheck={false}
        onBlur={() => {
          if (text.trim() !== value.join("\n")) setText(value.join("\n"));
        }}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLTextAreaElement).value;
          setText(next);
          onChange(splitList(next).filter(Boolean));
        }}
      />
    </label>
  );
}
