/**
 * Two builds of the extension side by side: loads of the 100,000-character bench page
 * alternate between a browser with each, and the content script's main-thread CPU time is
 * compared by its medians. For telling whether a change to the content script helps, on
 * machines whose speed drifts more than most changes weigh (a lone run of `npm run bench`
 * cannot tell 10% apart).
 *
 *   npx vite build --outDir /tmp/dist-new --emptyOutDir   (and the old build elsewhere)
 *   npx tsx bench/ab-builds.ts /tmp/dist-old /tmp/dist-new [loads, default 12]
 */
import { launchBench } from "./bench-browser";
import { longPage } from "./long-page";
import { measureLoad, openBenchPage } from "./page-load";
import { startBenchServer } from "./page-server";
import { stats } from "./stats";

const [oldDist, newDist, loadsArg] = process.argv.slice(2);
if (!oldDist || !newDist) {
  console.error("usage: npx tsx bench/ab-builds.ts <old dist> <new dist> [loads]");
  process.exit(2);
}
const loads = Number(loadsArg ?? 12);

const server = await startBenchServer();
const blank = server.put("/blank.html", "<!doctype html><title>blank</title>");
const url = server.put("/page-100000.html", longPage(100_000).html);
const builds = [
  { name: "old", dist: oldDist, cpuMs: [] as number[] },
  { name: "new", dist: newDist, cpuMs: [] as number[] },
];
const browsers = await Promise.all(builds.map((b) => launchBench(true, b.dist)));
try {
  // The first round warms both browsers' caches and is not counted.
  for (let round = 0; round <= loads; round++) {
    for (const [i, build] of builds.entries()) {
      const { page, cdp } = await openBenchPage(browsers[i].context, blank);
      const load = await measureLoad(page, cdp, url, { waitForState: true });
      if (round > 0) build.cpuMs.push(load.contentScriptCpuMs);
      await page.close();
    }
  }
  const [a, b] = builds.map((x) => stats(x.cpuMs));
  for (const [x, s] of [[builds[0], a], [builds[1], b]] as const)
    console.log(`${x.name} ${x.dist}: content-script CPU median ${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`);
  console.log(`new / old: ${(b.median / a.median).toFixed(3)}`);
} finally {
  await Promise.all(browsers.map((x) => x.close()));
  await server.close();
}
