import { defineElement } from '../shared/define.js';
import { McAdapterProvider } from './adapter-provider.component.js';

export { McAdapterProvider };
export { adapterContext, AdapterController } from '../shared/adapter-context.js';
defineElement('mc-adapter-provider', McAdapterProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mc-adapter-provider': McAdapterProvider;
  }
}
