// mc-news-tile: loading, ready, empty and error states with retry, and axe in CAF and MSA, light and dark.
import '../../packages/components/src/news-tile/define.js';
import { describeTile } from './tile-suite.js';
import { tileCase } from './tile-cases.js';

describeTile(tileCase('mc-news-tile'));
