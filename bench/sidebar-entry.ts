// The sidebar as the content script uses it (bundled alone by bench/bundle-size.ts).
export { Sidebar } from "../src/sidebar/Sidebar";
export { h, render } from "preact";
