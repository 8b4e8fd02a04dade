// The kit's elements are registered before React renders, so React 19 sets
// their properties (`adapter`) as properties, not attributes.
import 'dialkit/sip-profiles';
import 'dialkit/help-article';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
