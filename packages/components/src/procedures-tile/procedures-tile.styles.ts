import { tileStyles } from '../shared/tile-view.js';

export const proceduresTileStyles = [tileStyles];
