// Edit slice: the timeline an editor is changing, its history (undo, redo), and whether the last
// change is stored. Each step's dataset becomes the dataset on show, keeping the reader's place.
import type { StateCreator } from 'zustand';
import { currentStep } from '../../editing/editHistory';
import { datasetLookups } from '../model/datasetLookups';
import type { EditSlice, NewslineState } from './state';

export const createEditSlice: StateCreator<NewslineState, [], [], EditSlice> = (set, get) => ({
  editSession: null,
  editStarted: (timeline, history, { preview = false, sourceTexts = {} } = {}) => {
    set({ editSession: { timeline, history, saving: 'saved', saveProblem: null, preview, sourceTexts } });
    showStep(get, set);
  },
  sourceTextKept: (sourceId, text) => {
    const { editSession } = get();
    if (editSession)
      set({ editSession: { ...editSession, sourceTexts: { ...editSession.sourceTexts, [sourceId]: text } } });
  },
  previewToggled: () => {
    const { editSession } = get();
    if (editSession) set({ editSession: { ...editSession, preview: !editSession.preview } });
  },
  historyChanged: (history) => {
    const { editSession } = get();
    if (!editSession) return;
    set({ editSession: { ...editSession, history, saving: 'saving', saveProblem: null } });
    showStep(get, set);
  },
  editSaved: (history) => {
    const { editSession } = get();
    // Saved, unless a newer change is on its way to the database.
    if (editSession && editSession.history === history)
      set({ editSession: { ...editSession, saving: 'saved' } });
  },
  editSaveFailed: (problem) => {
    const { editSession } = get();
    if (editSession) set({ editSession: { ...editSession, saving: 'failed', saveProblem: problem } });
  },
  editEnded: () => set({ editSession: null }),
});

/** The history's current dataset on show; a selection or filter it no longer has is let go. */
function showStep(get: () => NewslineState, set: (partial: Partial<NewslineState>) => void): void {
  const { editSession, selectedEventId, selectedActorIds } = get();
  if (!editSession) return;
  const { dataset } = currentStep(editSession.history);
  const { eventsById, actorsById } = datasetLookups(dataset);
  set({
    dataset,
    selectedEventId: selectedEventId !== null && eventsById.has(selectedEventId) ? selectedEventId : null,
    selectedActorIds: selectedActorIds.filter((id) => actorsById.has(id)),
  });
}
