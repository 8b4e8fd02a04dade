import { useEffect, useRef, useState } from 'react';
import { provideAdapter } from 'dialkit';
// The tags, their properties and their `on<event>` props, for TSX.
import type {} from 'dialkit/react';
import { demoAdapter } from '../../shared/demo-adapter.js';

export function App() {
  const [lang, setLang] = useState('en');
  const [log, setLog] = useState('');
  const late = useRef<HTMLDivElement>(null);

  // A provider given after the elements inside it connected.
  useEffect(() => {
    if (late.current) provideAdapter(late.current, demoAdapter);
  }, []);

  return (
    <main id="app" lang={lang}>
      <p>
        <button type="button" id="switch-pl" onClick={() => setLang('pl')}>
          Polski
        </button>
      </p>
      <dk-sip-profiles id="by-property" adapter={demoAdapter}></dk-sip-profiles>
      <div id="late" ref={late}>
        <dk-sip-profiles id="by-provider"></dk-sip-profiles>
      </div>
      <dk-help-article
        id="article"
        article="link-sip-account"
        adapter={demoAdapter}
        ondk-feedback-sent={(event) => setLog(`feedback:${event.detail.articleId}:${event.detail.helpful}`)}
      ></dk-help-article>
      <p id="log" role="status">
        {log}
      </p>
    </main>
  );
}

// The typings catch mistakes: an unknown property, a wrong detail.
// @ts-expect-error `adapter` takes an adapter, not a string.
export const wrongAdapter = <dk-sip-profiles adapter="/api"></dk-sip-profiles>;
// @ts-expect-error dk-feedback-sent's detail has no `comment`.
export const wrongDetail = <dk-help-article ondk-feedback-sent={(e) => e.detail.comment}></dk-help-article>;
