// Reads the launch options once, when the app starts, and hands them to the store.
import { useState } from 'react';
import { useNewslineStore } from '../store/store';
import { decodeLaunch, type LaunchOptions } from '../model/url/linkCodec';

export function useLaunchOptions(): LaunchOptions {
  const [options] = useState(() => {
    const parsed = decodeLaunch(window.location.search, window.location.href);
    const store = useNewslineStore.getState();
    store.addNotices(parsed.notices);
    store.setTheme(parsed.options.theme);
    const { window: asked, windowWords } = parsed.options;
    if (asked && windowWords !== null) store.requestLinkWindow(asked, windowWords);
    return parsed.options;
  });
  return options;
}
