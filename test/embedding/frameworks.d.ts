// Types of the framework bundles served by test/plugins/framework-bundles.mjs.
declare module 'test-frameworks/react' {
  export { createElement, StrictMode, useState } from 'react';
  export { createRoot } from 'react-dom/client';
  export { flushSync } from 'react-dom';
}
declare module 'test-frameworks/vue' {
  export * from 'vue';
}
declare module 'test-frameworks/angular' {
  export { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
  export { bootstrapApplication } from '@angular/platform-browser';
}
