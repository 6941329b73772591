// An actor as a chip in the panel: its kind is shown, and clicking it filters the timeline by it.
import type { Actor } from '../../schema/dataset';
import { useNewslineStore } from '../store/store';

export function ActorChip({ actor }: { actor: Actor }) {
  const active = useNewslineStore((s) => s.selectedActorIds.includes(actor.id));
  const toggleActor = useNewslineStore((s) => s.toggleActor);
  return (
    <button
      type="button"
      className={`chip chip--${actor.kind}`}
      aria-pressed={active}
      title={active ? `Stop filtering by ${actor.name}` : `Show only events with ${actor.name}`}
      onClick={() => toggleActor(actor.id)}
    >
      <span className="chip__kind">{actor.kind}</span>
      {actor.name}
    </button>
  );
}
