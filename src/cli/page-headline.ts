// Moved to src/shared/page-headline.ts (the content script uses it too); this re-export
// stays only until src/content/page-text.ts imports it from there.
export { hasHeadline, pageHeadline } from "../shared/page-headline";
