/**
 * Every locale has every key, with the same named placeholders, each standing for the same
 * substitution; every key the code asks for exists; the manifest's __MSG_…__ names exist.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const localesDir = join(root, "public/_locales");
const LOCALES = ["zh_CN", "zh_TW", "en"];

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
const load = (locale: string) =>
  JSON.parse(readFileSync(join(localesDir, locale, "messages.json"), "utf8")) as Record<string, Entry>;

const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

test("the three locales are there, and no other", () => {
  assert.deepEqual(readdirSync(localesDir).sort(), [...LOCALES].sort());
});

test("every key in every locale, with matching placeholders", () => {
  const base = load("zh_CN");
  for (const locale of LOCALES) {
    const messages = load(locale);
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(base).sort(), `keys of ${locale}`);
    for (const [key, entry] of Object.entries(messages)) {
      assert.equal(typeof entry.message, "string", `${locale}.${key}`);
      assert.ok(entry.message.trim().length > 0, `${locale}.${key} is empty`);
      const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()).sort();
      const used = [...new Set(placeholdersIn(entry.message))].sort();
      assert.deepEqual(used, declared, `${locale}.${key}: placeholders used vs declared`);
      assert.deepEqual(declared, Object.keys(base[key].placeholders ?? {}).map((k) => k.toLowerCase()).sort(), `${locale}.${key}: placeholders as in zh_CN`);
      for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
        assert.equal(p.content, base[key].placeholders![name].content, `${locale}.${key}.$${name}$ stands for the same substitution`);
      }
      assert.ok(!/\$\d/.test(entry.message), `${locale}.${key}: positional $n in the message (use named placeholders)`);
    }
  }
});

test("every key the code uses exists, and the manifest's names", () => {
  const keys = new Set(Object.keys(load("zh_CN")));
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name)) {
        const source = readFileSync(p, "utf8");
        // Files whose t() is the locales' one (src/shared/i18n.ts).
        if (/from "(\.\.?\/)+(shared\/)?i18n"/.test(source)) sources.push(source);
      }
    }
  };
  walk(join(root, "src"));
  const used = sources.flatMap((s) => [...s.matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g)].map((m) => m[1]));
  assert.ok(used.length > 30, "the code reads its strings through t()");
  for (const key of used) assert.ok(keys.has(key), `t("${key}") has no message`);
  const manifest = readFileSync(join(root, "manifest.json"), "utf8");
  const named = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);
  assert.ok(named.length >= 3);
  for (const key of named) assert.ok(keys.has(key), `manifest __MSG_${key}__ has no message`);
  assert.equal(JSON.parse(manifest).default_locale, "zh_CN");
});

test("the preview's parts occur in the preview sentence in every locale", () => {
  for (const locale of LOCALES) {
    const m = load(locale);
    for (const part of ["optPreviewOfficial", "optPreviewDirective"]) {
      assert.ok(m.optPreviewText.message.includes(m[part].message), `${locale}.${part}`);
    }
    assert.ok(m.optPreviewDirective.message.includes(m.optPreviewSlogan.message), `${locale}.optPreviewSlogan`);
  }
});
