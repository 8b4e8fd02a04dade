// The bundle's API entry shares its modules with the autoloader's elements.
import { provideAdapter } from '../node_modules/dialkit/dist/cdn/dialkit.js';
import { demoAdapter } from '../shared/demo-adapter.js';

// The elements may not be registered yet: wait for the ones given a property.
await customElements.whenDefined('dk-sip-profiles');
await customElements.whenDefined('dk-help-article');
document.querySelector('#by-property').adapter = demoAdapter;
document.querySelector('#article').adapter = demoAdapter;

provideAdapter(document.querySelector('#late'), demoAdapter);

document.addEventListener('dk-feedback-sent', (event) => {
  document.querySelector('#log').textContent = `feedback:${event.detail.articleId}:${event.detail.helpful}`;
});

document.querySelector('#switch-pl').addEventListener('click', () => {
  document.querySelector('#app').lang = 'pl';
});
