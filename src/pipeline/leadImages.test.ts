// An article's picture from its front matter: refused without alt text (file and field named), and
// given to the article's lead event only.
import { describe, expect, it } from 'vitest';
import { formatProblem, runPipeline } from './runPipeline';

const encode = (text: string) => new TextEncoder().encode(text);

const harbour = `---
publisher: Harbour Gazette
title: New pier opens
published: 2024-05-20
image: https://photos.example.net/pier.jpg
image_alt: Fishing boats tied up along the new concrete pier
image_credit: "Photo: Ada Quill"
image_caption: The pier on its first morning
---
The town council opened the new pier on May 18, 2024, after two years of building work.
The council approved a second pier on May 19, 2024, for the ferry company.
`;

const noAlt = `---
publisher: Harbour Gazette
published: 2024-05-21
image: https://photos.example.net/crane.jpg
---
The harbour crane was removed on May 21, 2024, by the port authority.
`;

const run = (files: Record<string, string>) =>
  runPipeline({
    files: Object.entries(files).map(([path, text]) => ({ path, bytes: encode(text) })),
    actorTableYaml: '[]',
    curationYaml: null,
  });

describe("an article's picture", () => {
  it('goes to the lead event of its article (the first by offset), with alt text, caption and credit', () => {
    const { dataset, problems } = run({ 'articles/pier.md': harbour });
    expect(problems).toEqual([]);
    const withMedia = dataset!.events.filter((event) => event.media !== undefined);
    expect(dataset!.events.length).toBeGreaterThan(1);
    expect(withMedia).toHaveLength(1);
    expect(withMedia[0]!.summary).toContain('opened the new pier');
    expect(withMedia[0]!.media).toEqual({
      kind: 'image',
      url: 'https://photos.example.net/pier.jpg',
      alt: 'Fishing boats tied up along the new concrete pier',
      caption: 'The pier on its first morning',
      credit: 'Photo: Ada Quill',
    });
  });

  it('refuses an article whose image has no alt text, naming the file and the field', () => {
    const { problems, dataset } = run({ 'articles/pier.md': harbour, 'articles/crane.md': noAlt });
    expect(problems.map(formatProblem)).toEqual([
      'articles/crane.md has invalid front matter (image_alt: an image needs alt text: describe what it shows for readers who cannot see it)',
    ]);
    expect(dataset!.sources.map((source) => source.id)).toEqual(['pier']);
  });

  it('refuses an image address that is not http(s), and alt text with no image', () => {
    const bad = harbour.replace('https://photos.example.net/pier.jpg', 'file:///etc/passwd');
    expect(run({ 'a.md': bad }).problems.map(formatProblem)[0]).toMatch(
      /^a\.md has invalid front matter \(image: must be an absolute http\(s\) URL/,
    );
    const orphan = noAlt.replace('image: https://photos.example.net/crane.jpg', 'image_alt: A crane');
    expect(run({ 'b.md': orphan }).problems.map(formatProblem)[0]).toBe(
      'b.md has invalid front matter (image_alt: is set but there is no image)',
    );
  });
});
