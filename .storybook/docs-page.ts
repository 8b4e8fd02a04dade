// The documentation page of every element (autodocs): its summary and
// description from the class JSDoc, one live example, and the table of its
// API with controls. The other stories are listed as links rather than
// rendered: they share one mock backend, and dozens of elements each changing
// its handlers on one page would show each other's states.
import { Controls, Description, DocsContext, Primary, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { Fragment, createElement as h, useContext } from 'react';
import { declarationOf } from './elements.js';

function StoryList() {
  const { preparedMeta } = useOf('meta', ['meta']);
  // In the order of the file (and of the sidebar).
  const stories = useContext(DocsContext).componentStories();
  if (stories.length < 2) return null;
  return h(
    Fragment,
    null,
    h('h2', { className: 'sbdocs-h2' }, 'Stories'),
    h(
      'p',
      null,
      `Each story is a state or a workflow of ${preparedMeta.component ?? 'the element'}; its play function is a test, run in English, Polish and French.`,
    ),
    h(
      'ul',
      null,
      stories.map((story) => {
        const description = story.parameters?.['docs']?.description?.story as string | undefined;
        return h(
          'li',
          { key: story.id },
          // Relative to the preview's iframe.html: the manager's page, at the top.
          h('a', { href: `./?path=/story/${story.id}`, target: '_top' }, story.name),
          description ? ` — ${description}` : null,
        );
      }),
    ),
  );
}

function ElementSubtitle() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const tag = typeof preparedMeta.component === 'string' ? preparedMeta.component : undefined;
  const summary = tag ? declarationOf(tag)?.summary : undefined;
  return h(Subtitle, null, tag ? `<${tag}>${summary ? `: ${summary}` : ''}` : undefined);
}

export function ElementDocsPage() {
  return h(Fragment, null, h(Title), h(ElementSubtitle), h(Description, { of: 'meta' }), h(Primary), h(Controls), h(StoryList));
}
