// A host page as a newsroom would write it: embeds the timeline given by ?src= (or the snippet given
// by ?snippet=), records every message it receives from the timeline's origin, and offers
// sendToTimeline() to the tests. It also mirrors the selected event into its own URL hash.
const params = new URLSearchParams(location.search);
const slot = document.getElementById('slot');
if (params.has('snippet')) {
  slot.innerHTML = params.get('snippet'); // the test's own snippet, as a newsroom would paste it
} else {
  const frame = document.createElement('iframe');
  frame.src = params.get('src');
  frame.width = params.get('width') || '900';
  frame.height = params.get('height') || '600';
  frame.title = 'Timeline';
  slot.append(frame);
}
const frame = slot.querySelector('iframe');
const timelineOrigin = new URL(frame.src).origin;
window.received = [];
window.addEventListener('message', (event) => {
  if (event.origin !== timelineOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.namespace !== 'newsline') return;
  window.received.push(message);
  if (message.type === 'selection-changed') {
    history.replaceState(null, '', message.eventId ? `#event=${message.eventId}` : '#');
  }
  if (message.type === 'resize' && params.get('autoHeight') === '1') frame.height = String(message.height);
});
window.sendToTimeline = (message) => frame.contentWindow.postMessage(message, timelineOrigin);
