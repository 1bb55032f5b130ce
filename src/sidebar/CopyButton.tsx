/** A copy control that says, on itself, whether the copy worked. */
import { useEffect, useRef, useState } from "preact/hooks";
import { T } from "./labels";

interface Props {
  text: () => string;
  copy(text: string): Promise<boolean>;
  label: string;
  /** Accessible name when the visible label is short (per-item controls). */
  ariaLabel?: string;
  action: string;
  className?: string;
}

const FEEDBACK_MS = 1800;

export function CopyButton({ text, copy, label, ariaLabel, action, className }: Props) {
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async (event: MouseEvent) => {
    event.stopPropagation();
    const ok = await copy(text());
    setState(ok ? "done" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), FEEDBACK_MS);
  };

  const shown = state === "done" ? T.copied : state === "failed" ? T.copyFailed : label;
  return (
    <button
      type="button"
      class={`copy ${className ?? ""}`}
      data-action={action}
      data-copy-state={state}
      aria-label={ariaLabel ? `${ariaLabel}${state === "idle" ? "" : `(${shown})`}` : undefined}
      onClick={onClick}
    >
      {shown}
    </button>
  );
}
