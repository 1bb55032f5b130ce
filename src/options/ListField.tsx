/** A list edited as text, one entry a line; the text stays as typed until it is parsed. */
import { useEffect, useState } from "preact/hooks";
import { splitList } from "../shared/settings";

interface Props {
  name: string;
  label: string;
  value: readonly string[];
  onChange(list: string[]): void;
}

export function ListField({ name, label, value, onChange }: Props) {
  const [text, setText] = useState(value.join("\n"));
  // A change made elsewhere (the sidebar's "never on this site") shows up here.
  useEffect(() => {
    const typed = splitList(text).filter(Boolean);
    if (typed.join("\n") !== value.join("\n")) setText(value.join("\n"));
  }, [value.join("\n")]);
  return (
    <label class="list">
      <span>{label}</span>
      <textarea
        name={name}
        rows={4}
        value={text}
        spellcheck={false}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLTextAreaElement).value;
          setText(next);
          onChange(splitList(next).filter(Boolean));
        }}
      />
    </label>
  );
}
