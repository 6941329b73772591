// "Lanes: none / by actor / by kind": the timeline on one line, or a lane per actor (those picked
// under Actors, else the busiest) or per kind of actor. The choice lives in the store and the link.
import { t, type MessageId } from '../model/i18n/intl';
import { useNewslineStore } from '../store/store';
import { LANE_MODES, type LaneMode } from '../model/lanes/timelineLanes';

const LANE_WORDS: Record<LaneMode, MessageId> = {
  none: 'shell.lanes.none',
  actor: 'shell.lanes.byActor',
  kind: 'shell.lanes.byKind',
};

export function LaneChooser() {
  const laneMode = useNewslineStore((s) => s.laneMode);
  const setLaneMode = useNewslineStore((s) => s.setLaneMode);
  return (
    <label className="lane-chooser" title={t('shell.lanes.hint')}>
      <span className="lane-chooser__label">{t('shell.lanes.label')}</span>
      <select
        value={laneMode}
        onChange={(event) => {
          const mode = LANE_MODES.find((value) => value === event.target.value);
          if (mode) setLaneMode(mode);
        }}
      >
        {LANE_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(LANE_WORDS[mode])}
          </option>
        ))}
      </select>
    </label>
  );
}
