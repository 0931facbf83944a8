import { css } from 'lit';

/**
 * `.visually-hidden`: text for assistive technologies only (a state prefix, a badge's label, "en cours…").
 * Shared by the shadow-DOM elements; light-DOM elements scope their own copy under their tag.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
