// "Lanes: none / by actor / by kind": the timeline on one line, or a lane per actor (those picked
// under Actors, else the busiest) or per kind of actor. The choice lives in the store and the link.
import { useNewslineStore } from '../store/store';
import { LANE_MODES, type LaneMode } from '../model/lanes/timelineLanes';

const LANE_WORDS: Record<LaneMode, string> = { none: 'none', actor: 'by actor', kind: 'by kind' };

export function LaneChooser() {
  const laneMode = useNewslineStore((s) => s.laneMode);
  const setLaneMode = useNewslineStore((s) => s.setLaneMode);
  return (
    <label
      className="lane-chooser"
      title="Lanes by actor: one per actor picked under Actors (none picked: the busiest)"
    >
      <span className="lane-chooser__label">Lanes</span>
      <select
        value={laneMode}
        onChange={(event) => {
          const mode = LANE_MODES.find((value) => value === event.target.value);
          if (mode) setLaneMode(mode);
        }}
      >
        {LANE_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {LANE_WORDS[mode]}
          </option>
        ))}
      </select>
    </label>
  );
}
