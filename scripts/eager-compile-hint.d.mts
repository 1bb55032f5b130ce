import type { Plugin } from "vite";
export declare function eagerCompileHint(classicScripts?: readonly string[]): Plugin;
