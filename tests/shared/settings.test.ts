import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  annotatesAutomatically,
  DEFAULT_SETTINGS,
  defaultSettings,
  normalizeHost,
  parseSettings,
  splitList,
} from "../../src/shared/settings";
import { loadSettings, saveSettings, watchSettings, type SettingsStorage } from "../../src/shared/settings-store";

describe("parseSettings", () => {
  test("nothing stored gives the defaults", () => {
    assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettings(null), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettings({}), DEFAULT_SETTINGS);
  });

  test("garbage of every shape gives valid settings, never throws", () => {
    const garbage: unknown[] = [
      42, "settings", true, [], [1, 2], () => 1, Symbol("x"), NaN,
      { mode: 7, sites: "gov.cn", highlight: "yes", colors: [1], extraNames: { a: 1 } },
      { mode: "sometimes", colors: { official: "red", directive: "#12345", slogan: "#GGGGGG" } },
      { highlight: { official: 0, directive: null, slogan: "false" } },
      { sites: [null, 3, {}, "", "   ", "not a host!", "a..b"], extraTitles: [1, null, "", "x".repeat(41)] },
      Object.create(null),
    ];
    for (const raw of garbage) {
      const s = parseSettings(raw);
      assert.deepEqual(s, DEFAULT_SETTINGS, `for ${String(typeof raw === "object" ? JSON.stringify(raw) : typeof raw)}`);
    }
  });

  test("one bad field costs only that field", () => {
    const s = parseSettings({
      mode: "listed",
      sites: ["https://WWW.Gov.CN/xinwen/", "gov.cn", 5],
      highlight: { official: false, directive: "no" },
      colors: { official: "#AABBCC", slogan: "blue" },
      extraNames: [" 林远航 ", "林远航", "", "苏明哲"],
      ignoredNames: "顾清和",
    });
    assert.equal(s.mode, "listed");
    assert.deepEqual(s.sites, ["www.gov.cn", "gov.cn"]);
    assert.deepEqual(s.highlight, { official: false, directive: true, slogan: true });
    assert.deepEqual(s.colors, { official: "#aabbcc", directive: DEFAULT_SETTINGS.colors.directive, slogan: DEFAULT_SETTINGS.colors.slogan });
    assert.deepEqual(s.extraNames, ["林远航", "苏明哲"]);
    assert.deepEqual(s.ignoredNames, []);
  });

  test("an older or newer object keeps what it shares and drops unknown keys", () => {
    const s = parseSettings({ version: 0, mode: "manual", theme: "dark", extraTitles: ["总师"] });
    assert.equal(s.mode, "manual");
    assert.deepEqual(s.extraTitles, ["总师"]);
    assert.equal("theme" in s, false);
    assert.equal("version" in s, false);
  });

  test("valid settings round-trip through JSON unchanged", () => {
    const s = defaultSettings();
    s.mode = "listed";
    s.sites = ["gov.cn"];
    s.blockedSites = ["news.example.com"];
    s.highlight.slogan = false;
    s.colors.directive = "#112233";
    s.extraTitles = ["首席专家"];
    s.extraNames = ["林远航"];
    s.ignoredNames = ["王府井"];
    assert.deepEqual(parseSettings(JSON.parse(JSON.stringify(s))), s);
  });

  test("lists are capped so the object fits storage.sync's per-item quota", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `名${i}`.padEnd(40, "字"));
    const s = parseSettings({ extraNames: names, extraTitles: names, ignoredNames: names, sites: names.map((_, i) => `s${i}.example.com`) });
    assert.ok(s.extraNames.length <= 200);
    // Not the whole 8 KB bound (that is the user's to keep), but bounded.
    assert.ok(JSON.stringify(s).length < 60_000);
  });

  test("defaults are not shared between copies", () => {
    const a = defaultSettings();
    a.highlight.official = false;
    a.sites.push("x.cn");
    assert.equal(DEFAULT_SETTINGS.highlight.official, true);
    assert.deepEqual(defaultSettings().sites, []);
  });
});

describe("hosts and modes", () => {
  test("normalizeHost takes what users paste", () => {
    assert.equal(normalizeHost("https://www.gov.cn/xinwen/2024/index.htm"), "www.gov.cn");
    assert.equal(normalizeHost(" GOV.CN "), "gov.cn");
    assert.equal(normalizeHost("*.gov.cn"), "gov.cn");
    assert.equal(normalizeHost("localhost:8080"), "localhost");
    assert.equal(normalizeHost("127.0.0.1"), "127.0.0.1");
    assert.equal(normalizeHost("政府.中国"), "政府.中国");
    assert.equal(normalizeHost(""), null);
    assert.equal(normalizeHost("not a host"), null);
    assert.equal(normalizeHost("a..b"), null);
  });

  test("auto, listed, manual and blocked", () => {
    const s = defaultSettings();
    assert.equal(annotatesAutomatically(s, "www.gov.cn"), true);
    s.blockedSites = ["gov.cn"];
    assert.equal(annotatesAutomatically(s, "www.gov.cn"), false);
    assert.equal(annotatesAutomatically(s, "notgov.cn"), true);
    s.blockedSites = [];
    s.mode = "listed";
    s.sites = ["gov.cn"];
    assert.equal(annotatesAutomatically(s, "www.gov.cn"), true);
    assert.equal(annotatesAutomatically(s, "gov.cn"), true);
    assert.equal(annotatesAutomatically(s, "news.example.cn"), false);
    s.mode = "manual";
    assert.equal(annotatesAutomatically(s, "www.gov.cn"), false);
  });

  test("splitList splits on lines, commas and 、", () => {
    assert.deepEqual(parseSettings({ extraNames: splitList("林远航\n苏明哲,顾清和、 韩素\n\n") }).extraNames, ["林远航", "苏明哲", "顾清和", "韩素"]);
  });
});

describe("settings storage", () => {
  function memoryStorage(initial: Record<string, unknown> = {}) {
    const data = { ...initial };
    const listeners = new Set<(c: Record<string, { newValue?: unknown }>, area: string) => void>();
    const storage: SettingsStorage = {
      sync: {
        get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
        set: async (items) => {
          Object.assign(data, structuredClone(items));
          for (const l of listeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), "sync");
        },
      },
      onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    };
    return { storage, data };
  }

  test("save then load round-trips; a corrupt stored value loads as defaults", async () => {
    const { storage, data } = memoryStorage({ settings: "}{corrupt" });
    assert.deepEqual(await loadSettings(storage), DEFAULT_SETTINGS);
    const s = defaultSettings();
    s.mode = "manual";
    s.ignoredNames = ["王府井"];
    await saveSettings(storage, s);
    assert.deepEqual(await loadSettings(storage), s);
    data.settings = { mode: "manual", colors: 5 };
    assert.equal((await loadSettings(storage)).mode, "manual");
  });

  test("a failing storage loads as defaults", async () => {
    const storage = {
      sync: { get: async () => { throw new Error("quota"); }, set: async () => {} },
      onChanged: { addListener() {}, removeListener() {} },
    } as SettingsStorage;
    assert.deepEqual(await loadSettings(storage), DEFAULT_SETTINGS);
  });

  test("watchers get parsed settings from sync only, until unsubscribed", async () => {
    const { storage } = memoryStorage();
    const seen: string[] = [];
    const stop = watchSettings(storage, (s) => seen.push(s.mode));
    await storage.sync.set({ settings: { mode: "listed" } });
    await storage.sync.set({ settings: 17 });
    await storage.sync.set({ other: 1 });
    stop();
    await storage.sync.set({ settings: { mode: "manual" } });
    assert.deepEqual(seen, ["listed", "auto"]);
  });
});
