/** Runs one adversarial case (adversarial.test.ts) off the test's thread, so a hang can be stopped. */
import { parentPort, workerData } from "node:worker_threads";
import { cases, judge } from "./adversarial-cases";

parentPort?.postMessage(judge(cases[workerData as number]));
