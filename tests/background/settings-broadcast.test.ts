import { test } from "node:test";
import assert from "node:assert/strict";
import { broadcastSettings, type TabsApi } from "../../src/background/settings-broadcast";
import { defaultSettings } from "../../src/shared/settings";
import type { SettingsChangedMessage } from "../../src/shared/messages";

test("every tab is sent the new settings; tabs without a listener refuse and the rest still get them", async () => {
  const settings = { ...defaultSettings(), mode: "manual" as const };
  const sent: [number, SettingsChangedMessage][] = [];
  const tabs: TabsApi = {
    query: async () => [{ id: 1 }, { id: 2 }, {}, { id: 3 }],
    sendMessage: async (tabId, message) => {
      sent.push([tabId, message]);
      if (tabId === 2) throw new Error("Could not establish connection. Receiving end does not exist.");
      return undefined;
    },
  };
  await broadcastSettings(tabs, settings);
  assert.deepEqual(
    sent.map(([id]) => id),
    [1, 2, 3],
  );
  for (const [, message] of sent) assert.deepEqual(message, { type: "govlens/settings-changed", settings });
});

test("a failed tab query sends nothing and does not throw", async () => {
  let sent = 0;
  await broadcastSettings(
    {
      query: async () => {
        throw new Error("no tabs");
      },
      sendMessage: async () => void sent++,
    },
    defaultSettings(),
  );
  assert.equal(sent, 0);
});
