// Registers two elements (the import map says where each entry is), then
// gives them their backend.
import 'dialkit/sip-profiles';
import 'dialkit/help-article';
import { provideAdapter } from 'dialkit';
import { demoAdapter } from '../shared/demo-adapter.js';

// One element, by its property.
document.querySelector('#by-property').adapter = demoAdapter;
document.querySelector('#article').adapter = demoAdapter;

// Every element inside #late, given after they connected.
provideAdapter(document.querySelector('#late'), demoAdapter);

// Every change fires a dk-* event.
document.addEventListener('dk-feedback-sent', (event) => {
  document.querySelector('#log').textContent = `feedback:${event.detail.articleId}:${event.detail.helpful}`;
});

// The elements follow the nearest lang.
document.querySelector('#switch-pl').addEventListener('click', () => {
  document.querySelector('#app').lang = 'pl';
});
