"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { normaliseCpvInput } from "@/lib/domain/cpv/cpv-code";
import { describedByFor, FieldMessages, fieldId } from "./field-messages";

/** One answer of /api/cpv: the display code ("72260000-5") and its label in the page's language. */
export type CpvOption = { code: string; label: string };

const SEARCH_DELAY_MS = 200;
const RESULT_LIMIT = 20;

export function code8Of(option: CpvOption): string {
  return option.code.slice(0, 8);
}

async function fetchCpv(params: Record<string, string>, signal: AbortSignal): Promise<CpvOption[]> {
  const response = await fetch(`/api/cpv?${new URLSearchParams(params)}`, {
    signal,
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`CPV request failed with status ${response.status}`);
  return ((await response.json()) as { results: CpvOption[] }).results;
}

/**
 * Labels of the given 8-digit codes in the page's language, fetched for the codes not seen yet
 * (a form's initial values); `remember` adds the options the user picked, so they need no request.
 */
export function useCpvLabels(codes: readonly string[]) {
  const locale = useLocale();
  const [known, setKnown] = useState<Record<string, CpvOption>>({});
  const missing = codes.filter((code) => !(code in known)).join(",");
  useEffect(() => {
    if (!missing) return;
    const controller = new AbortController();
    fetchCpv({ codes: missing, locale }, controller.signal).then(
      (found) => setKnown((current) => ({ ...current, ...Object.fromEntries(found.map((o) => [code8Of(o), o])) })),
      () => {}, // The raw code stays on screen; nothing else depends on the label.
    );
    return () => controller.abort();
  }, [missing, locale]);
  const remember = (option: CpvOption) => setKnown((current) => ({ ...current, [code8Of(option)]: option }));
  return { labels: known, remember };
}

type Found = { status: "idle" | "loading" | "done" | "error"; results: CpvOption[] };
const IDLE: Found = { status: "idle", results: [] };

type CpvSearchBoxProps = {
  id: string;
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  /** What the input shows while the user is not typing: the chosen code and label, or "". */
  displayText: string;
  onSelect: (option: CpvOption) => void;
  /** The user emptied the input. */
  onClear?: () => void;
  onBlur?: () => void;
  /** Marks options that are already chosen. */
  isChosen?: (code8: string) => boolean;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * The search input and its listbox, following the WAI-ARIA 1.2 combobox pattern with list
 * autocomplete: results are only suggested; an option is chosen with Enter or a click (or by
 * typing a complete code and leaving the field). Shared by CpvCombobox and CpvMultiSelect.
 */
export function CpvSearchBox({
  id,
  labelId,
  describedBy,
  invalid,
  displayText,
  onSelect,
  onClear,
  onBlur,
  isChosen,
  inputRef,
}: CpvSearchBoxProps) {
  const t = useTranslations("cpv");
  const locale = useLocale();
  const [text, setText] = useState("");
  const [editing, setEditing] = useState(false);
  const [{ status, results }, setFound] = useState<Found>(IDLE);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; controller?: AbortController }>({});
  const listboxId = `${id}-listbox`;
  const optionId = (option: CpvOption) => `${id}-option-${code8Of(option)}`;
  const expanded = open && results.length > 0;
  const activeOption = expanded ? results[active] : undefined;

  useEffect(() => {
    const current = pending.current;
    return () => {
      clearTimeout(current.timer);
      current.controller?.abort();
    };
  }, []);

  useEffect(() => {
    if (activeOption) document.getElementById(optionId(activeOption))?.scrollIntoView({ block: "nearest" });
  });

  function cancelSearch() {
    clearTimeout(pending.current.timer);
    pending.current.controller?.abort();
  }

  function close() {
    cancelSearch();
    setFound(IDLE);
    setOpen(false);
    setActive(-1);
  }

  function search(query: string) {
    if (!query.trim()) return close();
    cancelSearch();
    setActive(-1);
    setFound((current) => ({ ...current, status: "loading" })); // the previous results stay meanwhile
    setOpen(true);
    pending.current.timer = setTimeout(() => {
      const controller = new AbortController();
      pending.current.controller = controller;
      fetchCpv({ q: query.trim(), locale, limit: String(RESULT_LIMIT) }, controller.signal).then(
        (found) => !controller.signal.aborted && setFound({ status: "done", results: found }),
        () => !controller.signal.aborted && setFound({ status: "error", results: [] }),
      );
    }, SEARCH_DELAY_MS);
  }

  function choose(option: CpvOption) {
    close();
    setText("");
    setEditing(false);
    onSelect(option);
  }

  function handleBlur() {
    const typed = editing ? normaliseCpvInput(text) : null;
    const code = typed ? (typed.checkDigit ? `${typed.code8}-${typed.checkDigit}` : typed.code8) : null;
    const exact = code ? results.find((option) => option.code === code || code8Of(option) === code) : undefined;
    close();
    setEditing(false);
    onBlur?.();
    // A complete code typed and left is taken as chosen when it is in the vocabulary (with the
    // right check digit, if one was typed); any other text gives way to the chosen value.
    if (exact) onSelect(exact);
    else if (code) {
      fetchCpv({ codes: code, locale }, new AbortController().signal).then(
        ([known]) => known && onSelect(known),
        () => {},
      );
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = results.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        if (!expanded) {
          if (count > 0) setOpen(true);
          else if (editing && text.trim()) search(text);
          if (count > 0 && !event.altKey) setActive(event.key === "ArrowDown" ? 0 : count - 1);
        } else if (!event.altKey) {
          setActive((current) =>
            event.key === "ArrowDown" ? (current + 1) % count : current <= 0 ? count - 1 : current - 1,
          );
        }
        return;
      }
      case "Home":
      case "End":
        if (activeOption) {
          event.preventDefault();
          setActive(event.key === "Home" ? 0 : count - 1);
        }
        return;
      case "Enter":
        if (expanded) {
          event.preventDefault(); // never submit the form while choosing
          if (activeOption) choose(activeOption);
        }
        return;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (editing) {
          event.preventDefault();
          cancelSearch();
          setEditing(false);
        }
        return;
    }
  }

  const found = results.length === 0 ? t("noResults") : t("resultsCount", { count: results.length });
  const announcement = status === "error" ? t("error") : status === "done" ? found : "";

  return (
    <div className="relative w-full max-w-xl">
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={editing ? text : displayText}
        onChange={(event) => {
          setText(event.target.value);
          setEditing(true);
          if (!event.target.value.trim()) onClear?.();
          search(event.target.value);
        }}
        onKeyDown={handleKeyDown}
        onBlur={handleBlur}
        className={`min-h-11 w-full rounded border-2 px-3 py-2 ${invalid ? "border-danger" : "border-ink"}`}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-labelledby={labelId}
        hidden={!expanded}
        className="border-ink absolute z-20 mt-1 max-h-80 w-full overflow-y-auto rounded border-2 bg-white py-1 shadow-lg"
      >
        {results.map((option, index) => (
          <li
            key={option.code}
            id={optionId(option)}
            role="option"
            aria-selected={index === active}
            // Keep the focus in the input, so its blur does not close the list before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand outline-focus text-white outline-3 -outline-offset-3" : "hover:bg-surface"}`}
          >
            <span className="font-semibold tabular-nums">{option.code}</span> {option.label}
            {isChosen?.(code8Of(option)) ? <span className="ml-2 text-sm">({t("chosen")})</span> : null}
          </li>
        ))}
      </ul>
      {open && !expanded ? (
        <p className="border-line text-muted absolute z-20 mt-1 w-full rounded border-2 bg-white px-3 py-2">
          {status === "loading" ? t("loading") : announcement}
        </p>
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

type CpvComboboxProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
  /** The chosen 8-digit code ("72260000"), or null. */
  value: string | null;
  onChange: (code8: string | null) => void;
  onBlur?: () => void;
  /** One code; see CpvMultiSelect for several. */
  multiple?: false;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * Chooses one CPV code by code or words, e.g. a tender's main CPV code. With react-hook-form:
 * `<Controller name="cpv" render={({ field }) => <CpvCombobox name={field.name} value={field.value}
 * onChange={field.onChange} onBlur={field.onBlur} … />} />`.
 */
export function CpvCombobox({
  name,
  label,
  hint,
  error,
  optionalLabel,
  value,
  onChange,
  onBlur,
  inputRef,
}: CpvComboboxProps) {
  const t = useTranslations("cpv");
  const { labels, remember } = useCpvLabels(value ? [value] : []);
  const id = fieldId(name);
  const fullHint = [hint, t("searchHint")].filter(Boolean).join(" ");
  const chosen = value ? labels[value] : undefined;
  return (
    <div className={`mb-6 ${error ? "border-danger border-l-4 pl-4" : ""}`}>
      <label id={`${id}-label`} htmlFor={id} className="mb-1 block font-semibold">
        {label}
        {optionalLabel ? <span className="font-normal"> ({optionalLabel})</span> : null}
      </label>
      <FieldMessages id={id} hint={fullHint} error={error} />
      <CpvSearchBox
        id={id}
        labelId={`${id}-label`}
        describedBy={describedByFor(id, fullHint, error)}
        invalid={Boolean(error)}
        displayText={chosen ? `${chosen.code} ${chosen.label}` : (value ?? "")}
        onSelect={(option) => {
          remember(option);
          onChange(code8Of(option));
        }}
        onClear={() => onChange(null)}
        onBlur={onBlur}
        isChosen={(code8) => code8 === value}
        inputRef={inputRef}
      />
    </div>
  );
}
