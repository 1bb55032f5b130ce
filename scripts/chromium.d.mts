export declare const CHROMIUM_PATH: string;
export declare function extensionArgs(dist: string): string[];
