// Types of the framework bundles served by test/plugins/framework-bundles.mjs.
declare module 'test-frameworks/react' {
  export { createElement, StrictMode, useState } from 'react';
  export { createRoot } from 'react-dom/client';
  export { flushSync } from 'react-dom';
}
declare module 'test-frameworks/vue' {
  export * from 'vue';
}
