// Loaded before every test file: the pages our tests stand for offer English, so it is registered
// (elements show French under lang="en" when a page does not register it).
import '@moncompte/core/i18n/en';
