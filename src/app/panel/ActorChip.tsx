// An actor as a chip in the panel: its kind is shown, and clicking it filters the timeline by it.
import type { Actor } from '../../schema/dataset';
import { useNewslineStore } from '../store/store';
import { t } from '../model/i18n/intl';

export function ActorChip({ actor }: { actor: Actor }) {
  const active = useNewslineStore((s) => s.selectedActorIds.includes(actor.id));
  const toggleActor = useNewslineStore((s) => s.toggleActor);
  return (
    <button
      type="button"
      className={`chip chip--${actor.kind}`}
      aria-pressed={active}
      title={t(active ? 'timeline.stopFilteringBy' : 'timeline.showOnlyWith', { name: actor.name })}
      onClick={() => toggleActor(actor.id)}
    >
      <span className="chip__kind">{t('timeline.actorKind', { kind: actor.kind })}</span>
      {actor.name}
    </button>
  );
}
