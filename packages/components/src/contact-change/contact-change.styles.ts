import { css } from 'lit';

/** Styles of the current contact details, adopted into the page (light DOM), every selector under the tag. */
export const contactChangeStyles = css`
  mc-contact-change .mc-contact__current {
    margin: 0 0 var(--mc-space-2);
    font-size: var(--mc-font-size-l);
  }
  mc-contact-change .mc-contact__details {
    margin: 0 0 var(--mc-space-5);
  }
  mc-contact-change .mc-contact__details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--mc-space-4);
    margin-block-end: var(--mc-space-1);
  }
  mc-contact-change .mc-contact__details dt {
    flex: 0 0 12rem;
    font-weight: var(--mc-font-weight-bold);
  }
  mc-contact-change .mc-contact__details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
