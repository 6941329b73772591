// The README.txt inside a downloaded static site: how to host the folder, and the embed code for
// it. Where the editor will host it is unknown here, so the code uses a placeholder address and
// says to replace it.
import { embedSnippet } from '../model/url/embedSnippet';

/** Stands for the address the site will have; a reserved example domain, so it never resolves. */
export const PLACEHOLDER_SITE_URL = 'https://your-site.example/timeline/';

export function staticSiteReadme(title: string): string {
  const snippet = embedSnippet({
    appUrl: `${PLACEHOLDER_SITE_URL}index.html`,
    title,
    eventId: null,
    actorIds: [],
    window: null,
    width: '100%',
    height: 600,
    parentOrigin: null,
  });
  return `${title}
${'='.repeat(Math.min(title.length, 72))}

A static copy of Newsline with this timeline inside. Every file it needs is in this folder.

HOST IT
Put the files of this folder, as they are, in a folder of any static web host (your own server,
GitHub Pages, Netlify, an S3 bucket…), for example at ${PLACEHOLDER_SITE_URL}
Every address inside is relative, so it works at a site's root or in any folder of it.
Link to the folder with its trailing slash (…/timeline/) or to …/timeline/index.html.

Open it through a web server, not by double-clicking index.html: browsers do not run the app from
a file:// address. To try it on your computer, run a static server in this folder, for example
  python3 -m http.server 8000 --bind 127.0.0.1
and open http://127.0.0.1:8000/

THE DATA
data/events.json is the timeline, data/events.schema.json its JSON Schema. To publish a new
version, replace data/events.json and keep the rest.

EMBED IT
Paste this into a page, with ${PLACEHOLDER_SITE_URL} replaced by the address where you host
the folder:

${snippet}

The embed can be told which event, actors and dates to show by more parameters in its src, and a
page can drive it with postMessage once its origin is named in parentOrigin=: see "Embedding" in
Newsline's documentation.
`;
}
