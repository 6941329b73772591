// What stops the next step, read out as it appears: the form's problems before the article is
// read, the review's before its events are added.
export function ProblemList({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert">
      <ul className="load-status__problems article-dialog__problems">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
